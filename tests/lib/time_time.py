# Wall clock: CircuitPython's time() is an int (CPython's is a float).
import time

t = time.time()
print(type(t).__name__)
ns = time.time_ns()
print(type(ns).__name__, ns > 1600000000 * 10**9)
print(abs(ns // 10**9 - t) <= 2)
print(t > 1600000000)
g = time.gmtime()
print(g.tm_year >= 2020, abs(time.mktime(time.localtime()) - time.time()) <= 2)
