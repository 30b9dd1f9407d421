# import: functions keep their defining module's globals; module attributes vs main globals
import pkg_order.sub.leaf as leaf
calls = "main's calls"
print(leaf.bump(), leaf.calls, calls)
leaf.calls = 100
print(leaf.bump(), leaf.calls)
bump = leaf.bump
print(bump(), leaf.calls, calls)
import pkg_simple.mod as mod
print(mod.executions, mod.double(21))
mod.double = lambda x: "patched"
from pkg_simple.mod import double
print(double(1))
import sys
print(sys.modules["pkg_simple.mod"].double(2), "pkg_order.sub.leaf" in sys.modules)
