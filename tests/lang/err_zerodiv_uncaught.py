# uncaught: ZeroDivisionError from integer division by zero inside nested calls
def inner(a, b):
    return a / b
def outer(a, b):
    return inner(a, b) * 2
print(outer(10, 4))
print(outer(1, 0))
