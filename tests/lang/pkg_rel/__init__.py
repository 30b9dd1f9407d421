# package pkg_rel: uses relative imports of its submodules
from .a import func_a
from . import b
from .sub import deep
