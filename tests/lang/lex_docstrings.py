# lexing: docstrings on modules, functions, classes, methods; only the first string literal counts
"""Module docstring."""
print(__doc__)
def f():
    """Function doc."""
    return 1
def g():
    x = 1
    """Not a docstring."""
    return x
def h():
    "single-quoted doc"
class C:
    """Class doc
    spanning lines."""
    def m(self):
        '''Method doc.'''
print(f.__doc__, g.__doc__, h.__doc__)
print(C.__doc__)
print(C.m.__doc__, C().m.__doc__)
def fdoc():
    f"""f-string is not a docstring {1}"""
print(fdoc.__doc__)
def bdoc():
    b"""bytes is not a docstring"""
print(bdoc.__doc__)
lam = lambda: "lambda has no docstring"
print(lam.__doc__)
class NoDoc:
    x = 1
print(NoDoc.__doc__)
def concat():
    "part one " "part two"
print(concat.__doc__)
