# uncaught: TypeError from calling a function with too many positional arguments
def f(a, b):
    return a + b
print(f(1, 2))
try:
    f(1)
except TypeError as e:
    print(e)
f(1, 2, 3)
