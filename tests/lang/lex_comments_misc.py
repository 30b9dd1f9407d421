# lexing: comments, semicolons, line continuation inside expressions, identifiers
x = 1  # trailing comment
# print("not run")
y = 2; z = 3;
print(x, y, z)
café = "unicode identifier"
print(café)
_private = 1
__dunder = 2
a1b2 = 3
print(_private, __dunder, a1b2)
Δ = 10
print(Δ * 2)
long_expr = (1 +
             2 +  # comment inside parens
             3)
print(long_expr)
print([1,
       2,  # c
       3])
if (x ==
        1):
    print("paren cond")
s = "# not a comment"
print(s)
print(1 if True else 2) ; print("after semicolon")
for src in ["1 = x", "x = 1 +", "a b", "$x = 1", "x = `1`"]:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
