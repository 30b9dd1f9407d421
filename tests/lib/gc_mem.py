# CircuitPython's gc: collect() returns None, mem_free/mem_alloc report the
# heap, threshold() sets automatic collection (-1 when off).
import gc

print(gc.collect())
free0 = gc.mem_free()
alloc0 = gc.mem_alloc()
print(type(free0).__name__, free0 > 0, alloc0 > 0)
keep = [bytearray(100) for i in range(100)]
print(gc.mem_alloc() > alloc0, gc.mem_free() < free0)
del keep
gc.collect()
# generous: the conservative collector may keep a few blocks alive through
# stale stack words (more so under sanitizers)
print(gc.mem_alloc() < alloc0 + 100000)
print(gc.threshold())
gc.threshold(20000)
print(gc.threshold())
junk = 0
for i in range(2000):
    junk += len(str(i) * 10)
print(junk)
gc.threshold(-1)
print(gc.threshold())
