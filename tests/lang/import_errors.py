# import: exceptions raised while importing propagate; failed module not left in sys.modules
import sys
try:
    import pkg_init
except ImportError as e:
    print("ImportError", e)
print("pkg_init" in sys.modules)
print("pkg_init.flag" in sys.modules)
sys.modules["pkg_init.flag"].fail = False
import pkg_init
print("second attempt ok", pkg_init.flag.fail)
try:
    import pkg_simple.nothing_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e.name)
try:
    __import__("pkg_missing_again")
except ImportError as e:
    print(type(e).__name__)
mod = __import__("pkg_simple.mod")
print(mod.__name__)
e = ImportError("msg", name="modname")
print(e.name, e.args, str(e))
