# import: from-import * respects __all__ (including submodules) or skips underscore names
from pkg_all import *
print(public_func(), inner.value)
try:
    other_func()
except NameError as e:
    print("NameError", e)
from pkg_all.inner import *
print(value, helper())
try:
    print(_private_value)
except NameError as e:
    print("NameError", e)
import pkg_all
print(pkg_all.other_func(), pkg_all._hidden, pkg_all.inner._private_value)
print(sorted(pkg_all.__all__))
