# classes: __reversed__ and __len__/__getitem__ fallback for reversed(); len() errors
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck("abc")
print(len(d), list(reversed(d)), list(d), d[-1], "b" in d)
class Custom:
    def __reversed__(self):
        return iter(["custom", "reversed"])
    def __iter__(self):
        return iter(["forward"])
print(list(reversed(Custom())), list(Custom()))
class NoLen:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError", e)
print(list(NoLen()))
class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError", type(e).__name__)
class FloatLen:
    def __len__(self):
        return 3.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if not 0 <= i < 4:
            raise IndexError(i)
        return i * i
print(list(reversed(Seq())), sorted(Seq(), reverse=True), bool(Seq()))
