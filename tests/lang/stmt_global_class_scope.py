# statements: name resolution in class bodies (class scope skipped by methods), global/nonlocal in classes
x = "global"
class A:
    x = "class"
    def method(self):
        return x
    y = x + "-derived"
print(A().method(), A.y)
def outer():
    x = "enclosing"
    class B:
        print("class body sees", x)
        x = "class attr"
        def m(self):
            return x
    return B().m(), B.x
print(outer())
def outer2():
    v = 1
    class C:
        nonlocal v
        v = 2
    return v
print(outer2())
class D:
    global gvar
    gvar = "set from class"
print(gvar)
class E:
    items = [1, 2]
    doubled = [i * 2 for i in items]
    total = sum(items)
print(E.doubled, E.total)
def f():
    class Local:
        val = 10
    return Local.val
print(f())
counter = 0
class Counter:
    global counter
    counter += 1
print(counter)
