# os.getenv: every kind of value settings.toml may hold (CircuitPython's
# subset of TOML), and values that are bad and give the default.
# CPython reads the process environment instead, hence the .exp file.
import os

D = "_tmp_os_getenv_types"


def rmtree(d):
    for n in os.listdir(d):
        os.remove(d + "/" + n)
    os.rmdir(d)


if D in os.listdir():
    rmtree(D)
os.mkdir(D)
os.chdir(D)
with open("settings.toml", "w") as f:
    f.write('''t = true
f = false
t_comment = true # yes
t_junk = true x
tru = tru
TRUE = TRUE
fl = 2.5
neg_fl = -0.125
exp = 1e3
exp2 = 6.02E+23
fl_comment = 3.0 # pi-ish
inf = inf
ninf = -inf
nan = nan
dots = 1.2.3
trail_dot = 1.
lead_dot = .5
big = 123456789012345678901234567890
hex_upper = 0XFF
hex_neg = -0x10
hex_empty = 0x
oct_bad = 08
plus_minus = +-1
ws_only =
str_hash = "a#b" # c
str_tail = "x" y
emoji = "\\U0001F40D"
surrogate = "\\uD800"
short_u = "\\u12"
dash-key = "dash"
''')
try:
    for key in ["t", "f", "t_comment", "t_junk", "tru", "TRUE", "fl", "neg_fl", "exp", "exp2", "fl_comment",
                "inf", "ninf", "dots", "trail_dot", "lead_dot", "big", "hex_upper", "hex_neg", "hex_empty",
                "oct_bad", "plus_minus", "ws_only", "str_hash", "str_tail", "emoji", "surrogate", "short_u",
                "dash-key"]:
        print(key, repr(os.getenv(key, "default")))
    n = os.getenv("nan")
    print("nan", type(n).__name__, n != n)
finally:
    os.chdir("..")
    rmtree(D)
