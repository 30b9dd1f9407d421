# builtins: getattr/setattr/hasattr/delattr with defaults, dynamic names, methods and errors
class Cfg:
    debug = False
    def __init__(self):
        self.level = 1
c = Cfg()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "nope", "default"), hasattr(c, "level"))
setattr(c, "level", 5)
setattr(c, "dynamic_" + "name", [1])
print(c.level, c.dynamic_name, getattr(c, "dynamic_name"))
delattr(c, "dynamic_name")
print(hasattr(c, "dynamic_name"))
for name in ["level", "debug", "missing"]:
    print(name, hasattr(c, name), getattr(c, name, None))
meth = getattr("hello", "upper")
print(meth(), getattr([3, 1, 2], "index")(1), getattr(5, "bit_length")())
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(c, "debug")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, None)
except TypeError as e:
    print("TypeError", e)
setattr(Cfg, "class_level", "on class")
print(c.class_level, Cfg.class_level)
print(getattr(Cfg, "__name__"), hasattr(Cfg, "__init__"), hasattr(c, "__class__"))
ops = {"add": "__add__", "mul": "__mul__"}
print({k: getattr(6, v)(7) for k, v in ops.items()})
