# classes: __bool__ takes priority over __len__; inherited __bool__/__len__; __bool__ = None
class BothFalseLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class OnlyLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class SubLen(OnlyLen):
    pass
class SubBool(OnlyLen):
    def __bool__(self):
        return self.n > 100
print(bool(BothFalseLen()), bool(OnlyLen(0)), bool(OnlyLen(2)), bool(SubLen(0)), bool(SubBool(5)), bool(SubBool(500)))
print(len(SubBool(5)), "yes" if SubLen(1) else "no", not SubBool(1))
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print("TypeError", e)
class ListSub(list):
    pass
class ListSubBool(list):
    def __bool__(self):
        return True
print(bool(ListSub()), bool(ListSub([1])), bool(ListSubBool()), len(ListSubBool()))
print([bool(x) for x in [OnlyLen(0), OnlyLen(1), BothFalseLen()]])
print(any([OnlyLen(0), OnlyLen(0)]), all([OnlyLen(1), BothFalseLen()]))
