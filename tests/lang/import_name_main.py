# import: __name__ is "__main__" for the script and the dotted name for modules
print(__name__)
if __name__ == "__main__":
    print("running as main")
import pkg_names
import pkg_names.child
import pkg_names.child
from pkg_names import child
print(child.__name__, pkg_names.__name__)
def f():
    return __name__
print(f())
class C:
    pass
print(C.__module__)
print(f.__module__)
