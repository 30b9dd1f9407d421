# gc.enable/disable/isenabled behave as in CPython.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
data = [list(range(10)) for i in range(1000)]
print(len(data), sum(len(x) for x in data))
gc.enable()
print(gc.isenabled())
gc.collect()
print(data[999][9])
