# uname, urandom, sep, getcwd/chdir, statvfs.
import os

u = os.uname()
print(len(u), [type(x).__name__ for x in u])
print(u.sysname == u[0], u.nodename == u[1], u.release == u[2], u.version == u[3], u.machine == u[4])
r = os.urandom(32)
print(type(r).__name__, len(r), len(os.urandom(0)), os.urandom(16) != os.urandom(16))
print(os.sep)
here = os.getcwd()
os.chdir("..")
print(os.getcwd() != here)
os.chdir(here)
print(os.getcwd() == here)
v = os.statvfs(".")
print(len(v), all(isinstance(x, int) for x in v), v[0] > 0)
