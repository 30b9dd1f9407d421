# uncaught: ModuleNotFoundError for a module that does not exist
import pkg_simple
print(pkg_simple.VERSION)
import pkg_this_does_not_exist
