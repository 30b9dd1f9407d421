# import: from-import forms, aliases, star import with __all__, missing names
from pkg_simple.mod import double, Thing as T
print(double(5), T("x"))
from pkg_simple import mod
print(mod.public_name)
from pkg_simple import VERSION as V, hello
print(V, hello())
from pkg_simple.star import *
print(exported, also)
try:
    print(not_exported)
except NameError as e:
    print("NameError", e)
from pkg_simple.mod import (
    public_name,
    _private,
)
print(public_name, _private)
try:
    from pkg_simple.mod import does_not_exist
except ImportError as e:
    print("ImportError", type(e).__name__)
try:
    import pkg_no_such_package
except ImportError as e:
    print(type(e).__name__, e.name)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from pkg_simple import no_such_submodule
except ImportError as e:
    print("ImportError for missing submodule")
