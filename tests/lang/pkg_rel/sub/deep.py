# pkg_rel.sub.deep: parent-relative import with ..
from ..b import value_b
from .. import a
def info():
    return (__name__, value_b, a.func_a())
