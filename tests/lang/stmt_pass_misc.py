# statements: pass, ellipsis bodies, expression statements, empty class/func bodies
def nothing():
    pass
print(nothing())
class Empty:
    pass
print(Empty.__name__)
def ell():
    ...
print(ell())
if True:
    pass
for _ in range(3):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
1 + 2
"docstring-like statement"
[1, 2, 3]
print(...)
print(Ellipsis is ...)
print(type(...).__name__)
class WithDoc:
    "only a docstring"
print(WithDoc.__doc__)
def only_doc():
    "just docs"
print(only_doc(), only_doc.__doc__)
