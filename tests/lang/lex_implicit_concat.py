# lexing: adjacent string literal concatenation
s = "abc" 'def' """ghi"""
print(s)
t = ("one "
     "two "
     'three')
print(t)
print("a" r"\n" "b")
print(b"x" b'y' rb"\z")
n = 5
print(f"n={n} " "plain {n} " f"{n*2}")
print("" "" "")
u = ("a"
     # comment between
     "b")
print(u)
try:
    eval('"str" b"bytes"')
except SyntaxError as e:
    print("mix:", type(e).__name__)
print(len("\x41" "\x42"))
print("%s-%s" % ("x" "y", "z"))
