# import: import ... as, from ... import ... as, multiple names per statement, dotted binding
import pkg_simple.mod as m1, pkg_simple.star as s1
print(m1.double(2), s1.exported)
from pkg_simple.mod import double as d, Thing as T, public_name as pn
print(d(4), T(1), pn)
import pkg_rel.sub.deep
print(pkg_rel.sub.deep.info()[0])
print(pkg_rel.__name__, pkg_rel.sub.__name__)
import pkg_rel.sub.deep as deep_alias
print(deep_alias is pkg_rel.sub.deep)
from pkg_rel import (a as mod_a,
                     b as mod_b)
print(mod_a.func_a(), mod_b.value_b)
import pkg_simple as ps, pkg_rel as pr
print(ps.VERSION, pr.b.name)
def f():
    import pkg_simple.mod
    return pkg_simple.mod.double(50)
print(f())
try:
    exec("import pkg_simple.mod.double")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e.name)
try:
    exec("from pkg_simple import mod as")
except SyntaxError:
    print("SyntaxError")
