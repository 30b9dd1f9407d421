# statements: class definitions with bases, body execution, class attributes
class A:
    print("executing class body A")
    x = 1
    def method(self):
        return "A.method"
class B(A):
    y = 2
class C(B, object):
    x = 10
print(A.x, B.x, B.y, C.x, C.y)
print(B().method(), C.__name__, C.__bases__[0].__name__)
print([k.__name__ for k in C.__bases__])
print(A.__bases__[0] is object)
class Empty():
    pass
print(Empty.__bases__[0].__name__)
def make_class(n):
    class Dyn:
        value = n
    return Dyn
print(make_class(1).value, make_class(2).value)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
class Body:
    a = 1
    b = a + 1
    lst = [a, b]
    for i in range(3):
        lst.append(i)
    del i
print(Body.b, Body.lst, hasattr(Body, "i"))
class Doc:
    """class doc"""
print(Doc.__doc__)
n = "module"
class Scope:
    n = "class"
    def get(self):
        return n
print(Scope().get(), Scope.n)
try:
    class Bad(5):
        pass
except TypeError as e:
    print("TypeError")
