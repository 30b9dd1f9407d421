# f-strings: runtime errors inside f-string expressions and bad format specs
x = 5
try:
    print(f"{undefined_name}")
except NameError as e:
    print("NameError", e)
try:
    print(f"{x:q}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{1/0}")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(f"{x:,s}")
except ValueError as e:
    print("ValueError")
class Bad:
    def __format__(self, spec):
        raise RuntimeError("fmt " + spec)
try:
    print(f"{Bad():abc}")
except RuntimeError as e:
    print("RuntimeError", e)
class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
print(f"{Fmt()}", f"{Fmt():xyz}", f"{Fmt():{x}}")
try:
    f"{Fmt()!r}"
    print("repr ok")
except Exception as e:
    print(type(e).__name__)
try:
    f"{object():d}"
except TypeError as e:
    print("TypeError", e)
