# classes: cooperative multiple inheritance through super() following the MRO
class Root:
    def __init__(self, **kw):
        print("Root init, leftover", sorted(kw))
    def greet(self):
        return ["Root"]
class A(Root):
    def __init__(self, a=None, **kw):
        print("A init", a)
        super().__init__(**kw)
    def greet(self):
        return ["A"] + super().greet()
class B(Root):
    def __init__(self, b=None, **kw):
        print("B init", b)
        super().__init__(**kw)
    def greet(self):
        return ["B"] + super().greet()
class C(A, B):
    def __init__(self, c=None, **kw):
        print("C init", c)
        super().__init__(**kw)
    def greet(self):
        return ["C"] + super().greet()
print([k.__name__ for k in C.__mro__])
obj = C(a=1, b=2, c=3, extra=4)
print(obj.greet())
print(super(A, obj).greet())
print(super(B, obj).greet())
class Log:
    def save(self):
        return ["Log"]
class Cache(Log):
    def save(self):
        return ["Cache"] + super().save()
class Db(Log):
    def save(self):
        return ["Db"] + super().save()
class Service(Cache, Db):
    def save(self):
        return ["Service"] + super().save()
print(Service().save())
