# async: exceptions inside async generators propagate to async for; athrow into an async generator
class Pause:
    def __await__(self):
        yield
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def faulty():
    yield 1
    await Pause()
    raise ValueError("agen failed")
async def consume():
    got = []
    try:
        async for v in faulty():
            got.append(v)
    except ValueError as e:
        got.append("caught " + str(e))
    return got
print(run(consume()))
async def resilient():
    n = 0
    while True:
        try:
            yield n
        except KeyError:
            n = -100
        n += 1
agen = resilient()
print(run(agen.__anext__()), run(agen.__anext__()))
print(run(agen.athrow(KeyError)))
print(run(agen.__anext__()))
run(agen.aclose())
try:
    run(agen.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration after aclose")
async def stop_inside():
    yield 1
    raise StopAsyncIteration
g = stop_inside()
print(run(g.__anext__()))
try:
    run(g.__anext__())
except RuntimeError as e:
    print("RuntimeError", e)
