# str: split/rsplit/splitlines/partition/rpartition/join
print("a b  c\t\nd ".split(), "  ".split(), "".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), ",a,".split(","))
print("one two three four".split(None, 2), "one two three four".rsplit(None, 2))
print("a::b::c".split("::"), "abc".split("abc"), "".split(","))
print("  lead and trail  ".split(" "))
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines(), "x\n\n".splitlines())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(3)))
try:
    "".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError", e)
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a,b".split(sep=","))
print("x\x0by\x0cz".splitlines(), "1\t2\x0b3\x0c4".split())
