# pkg_circ.first: imports second, which imports first back while first is half-initialised
log = ["first start"]
from pkg_circ import second
log.append("first end")
def f():
    return "f calls " + second.g()
