# classes: __init__ patterns: defaults, validation, class counters, calling other methods, kwargs
class Account:
    count = 0
    def __init__(self, owner, balance=0, **meta):
        if balance < 0:
            raise ValueError("negative balance")
        self.owner = owner
        self.balance = balance
        self.meta = meta
        Account.count += 1
        self.id = Account.count
        self._log("opened")
    def _log(self, msg):
        self.history = getattr(self, "history", []) + [msg]
    def deposit(self, amount):
        self.balance += amount
        self._log("deposit %d" % amount)
        return self
a = Account("ann", 10, tier="gold")
b = Account("bob")
a.deposit(5).deposit(7)
print(a.owner, a.balance, a.meta, a.id, a.history)
print(b.owner, b.balance, b.meta, b.id, Account.count)
try:
    Account("eve", -1)
except ValueError as e:
    print("ValueError", e, Account.count)
class Lazy:
    def __init__(self):
        pass
l = Lazy()
print(hasattr(l, "x"))
l.x = 1
print(l.x)
class Reinit:
    def __init__(self, v):
        self.v = v
r = Reinit(1)
r.__init__(2)
print(r.v)
class Derived(Account):
    def __init__(self, owner):
        super().__init__(owner, 100, kind="derived")
        self.extra = True
dd = Derived("dan")
print(dd.owner, dd.balance, dd.meta, dd.extra, dd.id, isinstance(dd, Account))
