# functions: keyword arguments with non-ASCII names, kwargs dict keys, getattr on such names
def greet(名前, größe=1, *, ñandú="bird"):
    return "%s %s %s" % (名前, größe, ñandú)
print(greet("yuki"), greet(名前="kenji", größe=2), greet("a", ñandú="rhea"))
def collect(**kw):
    return sorted(kw)
print(collect(café=1, naïve=2, plain=3))
print(collect(**{"ключ": 1, "值": 2}))
class Ü:
    def méthode(self, ä=1):
        return ä * 2
print(Ü().méthode(), Ü().méthode(ä=5), getattr(Ü(), "méthode")(3))
try:
    greet("x", unknown_ü=1)
except TypeError as e:
    print("TypeError", e)
lam = lambda α, β=2: α + β
print(lam(1), lam(α=3, β=4))
