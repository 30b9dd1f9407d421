# functions: closures created inside methods capture self and locals; callbacks registered on objects
class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []
    def on_click(self, fn):
        self.handlers.append(fn)
        return fn
    def click(self):
        return [h() for h in self.handlers]
class App:
    def __init__(self):
        self.clicks = 0
        self.button = Button("ok")
        self.button.on_click(self.handle)
        prefix = "lambda saw"
        self.button.on_click(lambda: "%s %d" % (prefix, self.clicks))
    def handle(self):
        self.clicks += 1
        return "handled %d" % self.clicks
app = App()
print(app.button.click())
print(app.button.click())
class Counter:
    def __init__(self):
        self.n = 0
    def make_incrementers(self):
        return [lambda k=k: self._add(k) for k in (1, 10)]
    def _add(self, k):
        self.n += k
        return self.n
c = Counter()
one, ten = c.make_incrementers()
print(one(), ten(), one(), c.n)
def make_class_with_closure(secret):
    class Holder:
        def reveal(self):
            return secret
    return Holder
print(make_class_with_closure("s1")().reveal(), make_class_with_closure("s2")().reveal())
