# pkg_rel.a: relative import of a sibling module
from .b import value_b
def func_a():
    return "a sees " + value_b
