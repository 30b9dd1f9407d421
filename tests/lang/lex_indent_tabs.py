# lexing: tab indentation and consistent mixed continuation
src = "if 1:\n\tx = 1\n\tif x:\n\t\ty = 2\n\t\tprint('tabs', x, y)\n"
exec(src)
src2 = "def f():\n\treturn 7\nprint(f())\n"
exec(src2)
# blank lines and comment-only lines inside blocks do not matter
def g():
    a = 1

    # comment at odd indentation
        # another
    b = 2
  # and one at lower indentation
    return a + b
print(g())
# backslash continuation ignores indentation
total = 1 + \
        2 + \
  3
print(total)
# brackets allow any indentation
lst = [
  1,
      2,
 3,
]
print(lst)
d = {'a':
        1, 'b': 2
}
print(d)
