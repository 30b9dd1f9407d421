# expressions: chained calls, subscripts and attribute access in one primary expression
def make_adder(n):
    return lambda m: {"sum": n + m, "parts": [n, m]}
print(make_adder(1)(2)["parts"][1], make_adder(1)(2)["sum"])
data = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bob", "tags": []}]}
print(data["users"][0]["tags"][-1], data["users"][1]["name"].upper()[::-1])
print("a,b,c".split(",")[1].upper().center(5, "*"))
print([[1, 2], [3, 4]][1][0], ((1, 2), (3, 4))[-1][-1], "xyz"[1:][0])
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "-".join(self.parts)
print(Builder().add("a").add("b").add("c").build())
funcs = [lambda: [lambda: "deep"]]
print(funcs[0]()[0]())
print(str(123)[::-1].zfill(5), len(str(2 ** 100)))
print({"k": [1, 2, 3]}.get("k")[1:], {}.get("x", "dflt").title())
print(list(range(10))[2:8][::2][1], "hello"[1:4][::-1])
print(getattr(getattr("text", "upper")(), "lower")())
print(sorted("bca")[0], max("hello".split("l"), key=len))
