# lexing: identifier forms: underscores, dunder names, digits, very long names, case sensitivity
_ = 1
__ = 2
___ = 3
_x_ = 4
__y__ = 5
a1 = 6
A1 = 7
print(_, __, ___, _x_, __y__, a1, A1, a1 != A1)
a_very_long_identifier_name_that_goes_on_and_on_for_quite_a_while_to_test_the_lexer = 42
print(a_very_long_identifier_name_that_goes_on_and_on_for_quite_a_while_to_test_the_lexer)
Var, var, VAR = 1, 2, 3
print(Var, var, VAR)
def __private_looking():
    return "module-level dunder-ish function"
print(__private_looking())
class K:
    __dunder__ = "not mangled"
    __mangled = "mangled"
print(K.__dunder__, hasattr(K, "_K__mangled"))
print(__name__)
True_ = "suffix makes it an identifier"
None1 = "also fine"
print(True_, None1)
for bad in ["1abc = 1", "a-b = 1", "a.b.c = 1", "class = 1"]:
    try:
        compile(bad, "<test>", "exec")
        print(bad, "compiled")
    except SyntaxError:
        print(bad, "SyntaxError")
