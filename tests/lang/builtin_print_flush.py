# print(..., flush=True) flushes the file it wrote to (CPython calls
# file.flush() after the write); flush=False and the default do not.
class Recorder:
    def __init__(self):
        self.log = []

    def write(self, s):
        self.log.append(("write", s))
        return len(s)

    def flush(self):
        self.log.append("flush")


r = Recorder()
print("a", file=r, flush=True)
print("b", file=r)
print("c", "d", sep="-", end="!", file=r, flush=1)
print("e", file=r, flush=0)
print(r.log)


class NoFlush:
    def write(self, s):
        return len(s)


try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError", e)
print("to stdout", flush=True)
print("also", flush=False)
