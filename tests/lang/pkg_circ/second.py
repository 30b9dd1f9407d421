# pkg_circ.second: sees the partially initialised first module
from pkg_circ import first
seen = list(first.log)
has_f_at_import = hasattr(first, "f")
def g():
    return "g, first has f: " + str(hasattr(first, "f"))
