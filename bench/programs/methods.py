# Method calls on classes: instance/class attributes, inheritance and
# super(), overridden methods, properties, staticmethod/classmethod,
# dunder methods (__add__, __eq__, __len__, __getitem__).


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return self.area() + len(self.name)

    @classmethod
    def made(cls):
        return cls.count

    @staticmethod
    def unit():
        return 1


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def area(self):
        return super().area() + self.unit()


class Bag:
    def __init__(self):
        self.items = []

    def add(self, v):
        self.items.append(v)
        return self

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1

    def get(self):
        return self.n


def main():
    acc = Vec(0, 0)
    d = 0
    for i in range(200000):
        v = Vec(i % 10, i % 7)
        acc = acc + v.scale(2)
        d += v.dot(acc) % 1000
        if v == Vec(3, 3):
            d += 1
    total = 0
    bag = Bag()
    for i in range(150000):
        s = Square(i % 20) if i % 2 else Rect(i % 13, i % 11)
        total += s.describe() + s.perimeter
        if i % 500 == 0:
            bag.add(s)
    bsum = 0
    for i in range(len(bag)):
        bsum += bag[i].area()
    c = Counter()
    for _ in range(800000):
        c.inc()
    print("methods", acc.x, acc.y, d, total, Shape.made(), len(bag), bsum,
          c.get())


main()
