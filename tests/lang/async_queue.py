# async: producer/consumer over a hand-written async queue with waiting on empty
class Queue:
    def __init__(self):
        self.items = []
    async def put(self, item):
        self.items.append(item)
        await Pause()
    async def get(self):
        while not self.items:
            await Pause()
        return self.items.pop(0)
class Pause:
    def __await__(self):
        yield
def run_all(coros):
    tasks = list(coros)
    results = [None] * len(tasks)
    live = list(range(len(tasks)))
    while live:
        for i in list(live):
            try:
                tasks[i].send(None)
            except StopIteration as e:
                results[i] = e.value
                live.remove(i)
    return results
q = Queue()
async def producer(n):
    for i in range(n):
        print("put", i)
        await q.put(i)
    await q.put(None)
    return "producer done"
async def consumer():
    got = []
    while True:
        item = await q.get()
        if item is None:
            break
        print("got", item)
        got.append(item * 10)
    return got
print(run_all([consumer(), producer(3)]))
