# lexing: implicit line joining in deeply nested brackets and explicit backslash continuation
data = {
    "list": [
        1, 2,
        (3,
         4),
    ],
    "set": {
        5,
    },
    "call": max(
        1,
        2,
    ),
}
print(data["list"], sorted(data["set"]), data["call"])
total = 1 + \
    2 + \
    3
print(total)
if 1 and \
   2:
    print("backslash in condition")
s = "abc" \
    "def"
print(s)
value = (
    "implicit"
    " concatenation"
    " across lines"
)
print(value)
def f(a,
      b=2,
      *args,
      c=3,
      **kw,
):
    return a + b + c + len(args) + len(kw)
print(f(1,
        2,
        3,
        c=4,
        d=5,
))
matrix = [[1, 2,
           3], [4,
                5, 6]]
print(matrix)
try:
    compile("x = 1 + \\ 2\n", "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("x = 1\\", "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError at EOF")
