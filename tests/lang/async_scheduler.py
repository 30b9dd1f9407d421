# async: a hand-written scheduler with a fake clock, sleep awaitables and task results
class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield ("sleep", self.delay)
class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.results = {}
    def spawn(self, name, coro):
        self.queue.append((self.now, self.seq, name, coro))
        self.seq += 1
    def run(self):
        while self.queue:
            self.queue.sort()
            when, _, name, coro = self.queue.pop(0)
            self.now = when
            try:
                cmd, arg = coro.send(None)
                self.queue.append((self.now + arg, self.seq, name, coro))
                self.seq += 1
            except StopIteration as e:
                self.results[name] = (self.now, e.value)
async def worker(name, delays):
    for d in delays:
        print("t=%d %s sleeps %d" % (sched.now, name, d))
        await Sleep(d)
    return name + " finished"
sched = Scheduler()
sched.spawn("A", worker("A", [3, 3]))
sched.spawn("B", worker("B", [1, 1, 1, 1]))
sched.spawn("C", worker("C", [5]))
sched.run()
for k in sorted(sched.results):
    print(k, sched.results[k])
print("final time", sched.now)
