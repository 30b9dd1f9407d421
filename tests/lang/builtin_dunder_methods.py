# Special methods of built-in types called by name: the type's slot, not object's default
print([1].__eq__([1]))
print((1,2).__eq__((1,2)))
print("a".__eq__("a"), "a".__ne__("b"))
print({1:2}.__eq__({1:2}))
print((5).__eq__(5), (5).__lt__(6))
print([1].__ne__([2]))
print(int.__eq__(3, 3))
print(object().__eq__(1))
class A: pass
a = A()
print(a.__eq__(a), a.__eq__(1))
print(type(int).__name__, int.__module__, type(len).__name__)
import collections
print(collections.OrderedDict.__module__, repr(collections.OrderedDict))
print(repr(type([].__iter__())))
class L(list): pass
print(L([1]).__eq__([1]), L([1]).__ne__([1]))
print(list.__eq__([1],[1]), list.__ne__([1],[2]), tuple.__lt__((1,),(2,)))
print(dict.__eq__({}, {}), [1].__eq__(3))
print(int.__hash__(5) == hash(5), object.__eq__(1, 1))
