# lexing: triple-quoted strings with embedded quotes and newlines
a = """first
second "quoted" and 'single'
third"""
print(a)
print(a.count("\n"))
b = '''it's "fine" here'''
print(b)
c = """"quoted start and end\""""
print(c)
d = """\
no leading newline"""
print(repr(d))
e = '''a''' '''b'''
print(e)
f = """tab\there
esc\\aped"""
print(f)
g = b"""bytes
triple"""
print(g)
def doc():
    """Docstring of doc."""
    return 1
print(doc.__doc__)
print("""""")
print(len(""" """))
try:
    compile('x = """abc\n', "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.lineno)
