# f-strings: arbitrary expressions: calls, methods, subscripts, comprehensions, conditional, walrus
def sq(x):
    return x * x
class P:
    def __init__(self):
        self.name = "pname"
        self.items = [10, 20]
p = P()
print(f"{sq(4)} {p.name.upper()} {p.items[-1]} {len(p.items)}")
print(f"{[sq(i) for i in range(4)]}")
print(f"{sum(i for i in range(5))}")
print(f"{'yes' if p.items else 'no'}")
print(f"{(n := 5) * 2} {n}")
print(f"{p.items[0] + p.items[1]:>6}")
print(f"{dict(a=1)['a']} {(1, 2)[1]} {'abc'[::-1]}")
print(f"{3 > 2} {None} {[]} {()}")
print(f"{1, 2}")
print(f"{'a' 'b'}")
print(f"{-1:3} {~1} {not 1}")
x = 10
print(f"{x if x > 5 else -x:+}")
print(f"{x!r:>{x // 2}}")
s = "text"
print(f"{s.center(10, '.')}", f"{s[1:3]}", f"{s * 2}")
print(f"{'%d items' % 3}", f"{'{} {}'.format(1, 2)}")
