# heap_lock/heap_unlock nest (mem_info prints machine-dependent numbers: not run here).
import micropython

print(micropython.heap_locked())
micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_locked())
x = [1, 2, 3]  # small allocations still succeed while locked
print(micropython.heap_unlock(), micropython.heap_unlock(), micropython.heap_unlock())
print(micropython.heap_locked(), x)
print(micropython.stack_use() > 0)
