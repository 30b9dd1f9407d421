# lexing: semicolon-separated simple statements, one-line compound statements, trailing semicolons
a = 1; b = 2; c = a + b; print(a, b, c)
if c > 2: print("one-line if"); print("second statement in suite")
for i in range(3): print("loop", i); a += i
print(a)
while b > 0: b -= 1; print("while", b)
def f(x): y = x * 2; return y + 1
print(f(5))
class K: attr = 1; other = attr + 1
print(K.attr, K.other)
try: 1 / 0
except ZeroDivisionError: print("one-line except")
finally: print("one-line finally")
class CM:
    def __enter__(self): return "ctx"
    def __exit__(self, *a): return False
with CM() as v: print(v)
x = 5;
print(x);
if x: pass; print("after pass")
for src in ["if x: print(1); else: print(2)", "x = 1;; y = 2", "; x = 1", "for i in x: if i: pass"]:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError:
        print(repr(src), "SyntaxError")
