# import: import package, submodule, module attributes, re-import uses cache
import pkg_simple
print(pkg_simple.VERSION, pkg_simple.hello())
import pkg_simple.mod
print(pkg_simple.mod.double(21))
print(pkg_simple.mod.Thing(3))
import pkg_simple.mod as m
print(m is pkg_simple.mod, m.executions)
import pkg_simple.mod
print(pkg_simple.mod.executions)
import sys
print("pkg_simple.mod" in sys.modules, sys.modules["pkg_simple.mod"] is m)
print(pkg_simple.mod.__name__, pkg_simple.__name__)
m.executions = 100
import pkg_simple.mod as again
print(again.executions)
print(type(m).__name__)
print(hasattr(pkg_simple, "mod"))
