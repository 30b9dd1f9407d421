# objects: truth testing via __bool__ and __len__, and their error cases
class T:
    def __bool__(self):
        return False
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(T()), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
if not T():
    print("T is falsy in if")
print("x" if L(2) else "y")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError", e)
class Raises:
    def __bool__(self):
        raise RuntimeError("no truth")
try:
    while Raises():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
print([x for x in [T(), L(1), Both()] if x].__len__())
print(not L(0), L(0) or "fallback", Both() and "and-result")
