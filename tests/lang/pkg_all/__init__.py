# package pkg_all: __all__ lists a submodule and names; star import behaviour
__all__ = ["public_func", "inner"]
from . import inner
def public_func():
    return "public"
def other_func():
    return "not in __all__"
_hidden = 1
