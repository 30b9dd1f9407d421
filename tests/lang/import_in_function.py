# import: import statements inside functions and classes bind local names
def use():
    import pkg_simple.mod as mm
    from pkg_simple import VERSION
    return mm.double(4), VERSION
print(use())
try:
    print(mm)
except NameError as e:
    print("NameError", e)
def glob():
    global pkg_simple
    import pkg_simple
glob()
print(pkg_simple.VERSION)
class K:
    import pkg_simple.star as star
    val = star.exported
print(K.val, K.star.also)
def cond(flag):
    if flag:
        from pkg_rel import b
        return b.value_b
    return "skipped"
print(cond(False), cond(True))
for name in ["pkg_simple", "pkg_simple.star"]:
    m = __import__(name, None, None, ["x"])
    print(m.__name__)
