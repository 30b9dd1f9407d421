# import: relative imports inside packages (., .., from . import)
import pkg_rel
print(pkg_rel.func_a())
print(pkg_rel.b.value_b, pkg_rel.b.name)
print(pkg_rel.deep.info())
from pkg_rel.sub import deep
print(deep is pkg_rel.deep)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_rel")))
try:
    exec("from . import something")
except ImportError as e:
    print("ImportError", type(e).__name__)
try:
    compile("def f():\n    from . import *\n", "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
