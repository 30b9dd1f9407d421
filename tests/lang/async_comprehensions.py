# async: await inside comprehensions and async comprehensions inside coroutines
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v
class ARange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Ready(None)
        return self.i - 1
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    a = [await Ready(i * 2) for i in range(3)]
    b = [x async for x in ARange(4)]
    c = {x: x * x async for x in ARange(3)}
    d = {x % 2 async for x in ARange(5)}
    e = [x async for x in ARange(6) if x % 2 == 0]
    f = [await Ready(x) async for x in ARange(2)]
    return a, b, c, sorted(d), e, f
print(run(main()))
async def gen_consumer():
    async def agen():
        for i in range(3):
            await Ready(None)
            yield i
    return [v + 100 async for v in agen()]
print(run(gen_consumer()))
