# pkg_simple.star: module with __all__ controlling star import
__all__ = ["exported", "also"]
exported = 1
also = 2
not_exported = 3
