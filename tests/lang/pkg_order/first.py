# pkg_order.first: module executed once, on first import
print("init pkg_order.first")
VALUE = 1
