# package pkg_order: prints when initialised, to show import order
print("init pkg_order")
from . import first
print("pkg_order imported first, value", first.VALUE)
