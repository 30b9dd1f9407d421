# micropython.const returns its argument; other helpers exist and are quiet.
import micropython
from micropython import const

X = const(5)
Y = const(X * 2 + 1)
print(X, Y, const("s"), const((1, 2)))
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
print(micropython.alloc_emergency_exception_buf(100))
