# expressions: negated operators 'is not' and 'not in' versus 'not (x is y)' and precedence
a = [1]
b = a
c = [1]
print(a is not b, a is not c, not a is c, not (a is c))
print(1 not in [1, 2], 3 not in [1, 2], not 1 in [1, 2], not (1 in [1, 2]))
print("x" not in "abc", "" not in "abc")
print(None is not None, None is not False, (None is not None) == False)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 not in [] and 2 not in [], 1 in [1] or 2 / 0)
class C:
    def __contains__(self, x):
        print("contains", x)
        return x > 0
print(5 not in C(), -5 not in C())
print([x for x in range(6) if x not in (1, 3)], [x for x in "hello" if x not in "aeiou"])
print({k for k in range(5) if k not in {2, 4}}, 3 not in {1: 2}, 1 not in {1: 2})
