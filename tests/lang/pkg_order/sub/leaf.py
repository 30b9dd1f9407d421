# pkg_order.sub.leaf: leaf module with a function using module globals
print("init pkg_order.sub.leaf")
calls = 0
def bump():
    global calls
    calls += 1
    return calls
