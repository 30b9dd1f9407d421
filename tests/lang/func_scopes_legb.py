# functions: LEGB name resolution: local, enclosing, global, builtins; shadowing builtins
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        x = "local x"
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer())
def uses_global():
    return x
print(uses_global())
def shadow_builtin():
    len = lambda s: "shadowed len"
    return len("abc")
print(shadow_builtin(), len("abc"))
max = lambda *a: "global shadow of max"
print(max(1, 2))
del max
print(max(1, 2))
def reads_then_builtin():
    return abs(-3), min([4, 2])
print(reads_then_builtin())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3()
        return l2()
    return l1()
print(deep())
def param_shadows(x):
    return x
print(param_shadows("param"), x)
def comprehension_scope():
    y = 10
    return [y + i for i in range(3)], [lambda: y][0]()
print(comprehension_scope())
import sys
def global_module_ref():
    return sys is not None
print(global_module_ref())
