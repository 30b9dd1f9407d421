# import: circular imports see partially initialised modules; from-import of missing name fails
import pkg_circ.first as first
import pkg_circ.second as second
print(second.seen)
print(second.has_f_at_import)
print(first.log)
print(first.f())
try:
    import pkg_circ.bad_a
except ImportError as e:
    print("ImportError", type(e).__name__)
import sys
print("pkg_circ.bad_a" in sys.modules)
