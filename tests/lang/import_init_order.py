# import: package __init__ runs before submodules; each module body executes once; order of prints
print("main start")
import pkg_order.sub.leaf
print("after first import")
import pkg_order.sub.leaf as leaf
from pkg_order.sub import leaf as leaf2
print(leaf is leaf2, pkg_order.first.VALUE, pkg_order.sub.PARENT_VALUE)
print(leaf.bump(), leaf2.bump(), pkg_order.sub.leaf.calls)
import pkg_order
print("main end")
