# pkg_rel.b: leaf module
value_b = "B"
name = __name__
