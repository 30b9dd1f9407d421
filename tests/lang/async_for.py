# async: async for over a class with __aiter__/__anext__, StopAsyncIteration, else clause
class Suspend:
    def __await__(self):
        yield
class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
async def main():
    out = []
    async for v in Counter(3):
        out.append(v)
    else:
        out.append("else")
    async for v in Counter(5):
        if v == 2:
            break
        out.append(v * 10)
    return out
print(run(main()))
async def bad():
    async for x in [1, 2]:
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError", e)
print(issubclass(StopAsyncIteration, Exception), issubclass(StopAsyncIteration, StopIteration))
async def comp():
    return [v async for v in Counter(4) if v % 2 == 0]
print(run(comp()))
