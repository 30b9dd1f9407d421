# async: gather-like helper that runs several coroutines round-robin and collects results in order
class Yield:
    def __await__(self):
        yield
async def compute(name, n):
    total = 0
    for i in range(n):
        total += i
        await Yield()
    print("done", name)
    return (name, total)
async def failing():
    await Yield()
    raise ValueError("task failed")
def gather(*coros, return_exceptions=False):
    pending = list(enumerate(coros))
    results = [None] * len(coros)
    while pending:
        still = []
        for idx, co in pending:
            try:
                co.send(None)
                still.append((idx, co))
            except StopIteration as e:
                results[idx] = e.value
            except Exception as e:
                if not return_exceptions:
                    for _, other in still + [p for p in pending if p[0] > idx]:
                        other.close()
                    raise
                results[idx] = e
        pending = still
    return results
print(gather(compute("a", 3), compute("b", 1), compute("c", 5)))
res = gather(compute("x", 2), failing(), return_exceptions=True)
print(res[0], type(res[1]).__name__, res[1])
try:
    gather(compute("y", 4), failing())
except ValueError as e:
    print("gather raised", e)
