# pkg_order.sub: subpackage importing its parent's module relatively
print("init pkg_order.sub")
from ..first import VALUE as PARENT_VALUE
