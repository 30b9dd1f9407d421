# os.getenv reads settings.toml in the current directory (CircuitPython);
# CPython reads the process environment instead, hence the .exp file.
import os

D = "_tmp_os_getenv"

def rmtree(d):
    for n in os.listdir(d):
        p = d + "/" + n
        if os.stat(p)[0] & 0o170000 == 0o040000:
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(d)

if D in os.listdir():
    rmtree(D)  # left over from an interrupted run
os.mkdir(D)
os.chdir(D)
with open("settings.toml", "w") as f:
    f.write('''# settings for the test
str_key="Hello world" # with trailing comment
int_key = 7
neg = -42
plus = +5
hex = 0x1F
octal = 011
zero = 0
unicode_key="\u0153uvre"
unicode_key2="\\u0153uvre"
unicode_key3="\\U00000153uvre"
escape_codes="supported, including \\r\\n\\"\\\\ and \\t\\b\\f"
empty=""
  indented = "yes"
tabbed	=	3
crlf = "ok"\r
flag = true
ratio = 1.5
under = 1_000
bad_escape = "a\\qb"
unterminated = "abc
trailing = 5 x
literal = 'single'
dup = 1
dup = 2
[subtable]
subvalue="cannot retrieve this using getenv"
''')
try:
    for key in ["str_key", "int_key", "neg", "plus", "hex", "octal", "zero", "unicode_key", "unicode_key2",
                "unicode_key3", "escape_codes", "empty", "indented", "tabbed", "crlf", "flag", "ratio", "under",
                "bad_escape", "unterminated", "trailing", "literal", "dup", "subvalue", "subtable", "missing",
                "str", "Str_key"]:
        print(key, repr(os.getenv(key)), repr(os.getenv(key, "default")))
finally:
    os.chdir("..")
    rmtree(D)
