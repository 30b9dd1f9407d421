# pkg_circ.bad_a: from-import of a name that does not exist yet in a circular import
from pkg_circ.bad_b import thing_b
thing_a = 1
