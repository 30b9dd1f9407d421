# CircuitPython/MicroPython's poll results name the registered object;
# ipoll returns an iterator and flags=1 makes registrations one-shot.
import io, os, select, sys

D = "_tmp_select_objects"
if D not in os.listdir():
    os.mkdir(D)
name = D + "/f.txt"
with io.open(name, "w") as f:
    f.write("data")
f = io.open(name)
p = select.poll()
p.register(f, select.POLLIN)
res = p.poll(0)
print(len(res), res[0][0] is f, res[0][1])
p.register(sys.stdout, select.POLLOUT)
print(len(p.poll(0)))
items = list(p.ipoll(0, 1))
print(len(items), [ev for obj, ev in items])
print(p.poll(0))
p.modify(f, select.POLLIN)
print([obj is f for obj, ev in p.ipoll(0)])
f.close()
os.remove(name)
os.rmdir(D)
