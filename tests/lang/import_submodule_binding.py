# import: importing a submodule binds it as an attribute of the parent package
import pkg_rel
print(hasattr(pkg_rel, "a"), hasattr(pkg_rel, "sub"))
import pkg_simple
print(hasattr(pkg_simple, "star"))
import pkg_simple.star
print(hasattr(pkg_simple, "star"), pkg_simple.star.exported)
from pkg_simple import star as s2
print(s2 is pkg_simple.star)
import pkg_rel.sub
print(pkg_rel.sub.deep.info()[1])
import sys
mods = sorted(k for k in sys.modules if k.startswith("pkg_simple") or k.startswith("pkg_rel"))
print(mods)
