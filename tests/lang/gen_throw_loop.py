# generators: throw() into a generator that catches and continues its loop
def resilient():
    count = 0
    while True:
        try:
            v = yield count
            count += 1 if v is None else v
        except ValueError as e:
            print("recovered from", e)
            count = 0
        except KeyError:
            print("KeyError ends the generator")
            return "ended at %d" % count
g = resilient()
print(next(g), next(g), g.send(10))
print(g.throw(ValueError("bad value")))
print(next(g), next(g))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration", e.value)
def not_catching():
    yield 1
    yield 2
g2 = not_catching()
next(g2)
try:
    g2.throw(TypeError("propagates"))
except TypeError as e:
    print("TypeError", e)
print(next(g2, "generator is finished"))
def throw_class():
    try:
        yield
    except IndexError as e:
        yield "caught %r" % (e,)
g3 = throw_class()
next(g3)
print(g3.throw(IndexError))
