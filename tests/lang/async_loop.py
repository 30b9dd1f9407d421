# async: a tiny round-robin event loop with a custom awaitable that yields control
class Yield:
    def __await__(self):
        yield "tick"
class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                signal = coro.send(None)
                self.ready.append((name, coro))
            except StopIteration as e:
                self.results[name] = e.value
        return self.results
async def worker(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await Yield()
    return name.upper() * steps
loop = Loop()
loop.spawn("a", worker("a", 3))
loop.spawn("b", worker("b", 1))
loop.spawn("c", worker("c", 2))
res = loop.run()
for k in sorted(res):
    print(k, res[k])
async def nested():
    r1 = await worker("n", 2)
    await Yield()
    return r1 + "!"
loop2 = Loop()
loop2.spawn("n", nested())
print(loop2.run())
