# pkg_circ.bad_b: tries to import thing_a before bad_a defines it
from pkg_circ.bad_a import thing_a
thing_b = 2
