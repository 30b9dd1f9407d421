# builtins: print with sep, end, multiple args, no args, objects, and file=sys.stdout/stderr
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ")
print("no newline", end="")
print(" <- continued")
print("x", end="\n\n")
print(1, 2.5, None, True, [1], (2,), {3: 4}, "s", b"b", sep=";")
print(*range(5))
print(*[], sep="-")
print("line", file=sys.stdout)
print("explicit stdout", file=sys.stdout, end="!\n")
print("sep None", "end None", sep=None, end=None)
print("tab\tand\nnewline")
print("%s" % "percent", "{}".format("format"), f"{'fstring'}")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("a", end=[])
except TypeError as e:
    print("TypeError", e)
print("flush", flush=True)
print("", "", sep="x")
print(*"abc", sep="\n")
