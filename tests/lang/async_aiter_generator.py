# async: async generator functions used with async for, asend values, and early aclose
class Pause:
    def __await__(self):
        yield
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def ticker(n):
    try:
        for i in range(n):
            await Pause()
            yield i
    finally:
        print("ticker cleanup")
async def consume():
    seen = []
    async for t in ticker(3):
        seen.append(t)
    return seen
print(run(consume()))
async def early():
    gen = ticker(10)
    seen = []
    async for t in gen:
        seen.append(t)
        if t == 1:
            break
    await gen.aclose()
    return seen
print(run(early()))
async def squares():
    x = 0
    while True:
        x = yield x * x
agen = squares()
print(run(agen.__anext__()), run(agen.asend(3)), run(agen.asend(5)))
run(agen.aclose())
async def empty():
    return
    yield
async def drain():
    return [x async for x in empty()]
print(run(drain()))
