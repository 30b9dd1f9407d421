# lexing: comments in every position: after colons, inside brackets, between decorators, at EOF
def f(a,  # first param
      b):  # second
    # body comment
    return a + b  # trailing
print(f(1, 2))
if True:  # after colon
    x = [  # open
        1,  # one
        # nothing
        2,
    ]  # close
    print(x)
def deco(fn):
    return fn
@deco  # comment after decorator
# comment between decorator and def
def g():
    return "decorated"
print(g())
class C:  # class comment
    # only comment line
    attr = 1  # attr
print(C.attr)
d = {  # dict
    "k": "v",  # entry
}
print(d)
s = "# not a comment"  # real comment
print(s, len(s))
print(eval("1 + 2  # comment in eval source"))
ns = {}
exec("y = 5 # trailing\n# final line comment without newline", ns)
print(ns["y"])
#comment without space
#!shebang-like comment
print("end")  # last
