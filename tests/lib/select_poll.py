# select.poll on descriptors (ints), as in CPython.
import os, select

D = "_tmp_select_poll"
if D not in os.listdir():
    os.mkdir(D)
name = D + "/f.txt"
with open(name, "w") as f:
    f.write("data")
f = open(name)
fd = f.fileno()
p = select.poll()
p.register(fd, select.POLLIN)
print(p.poll(0) == [(fd, select.POLLIN)])
p.modify(fd, select.POLLIN | select.POLLOUT)
r = p.poll(10)
print(len(r), r[0][0] == fd, r[0][1] & (select.POLLIN | select.POLLOUT))
p.unregister(fd)
print(p.poll(0))
try:
    p.unregister(fd)
except KeyError:
    print("KeyError")
try:
    p.modify(fd, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno)
p.register(f)
print(len(p.poll(0)))
print(select.select([fd], [], [], 0)[0] == [fd], select.select([], [], [], 0))
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
f.close()
os.remove(name)
os.rmdir(D)
