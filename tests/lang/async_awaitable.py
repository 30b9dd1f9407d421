# async: __await__ protocol, values passed back through send, await on non-awaitable
class Future:
    def __init__(self):
        self.value = None
    def __await__(self):
        got = yield self
        return got * 2
async def use_future():
    f = Future()
    v = await f
    return v + 1
co = use_future()
fut = co.send(None)
print(type(fut).__name__)
try:
    co.send(20)
except StopIteration as e:
    print("result", e.value)
async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError", e)
class BadAwait:
    def __await__(self):
        return 42
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError")
class GenAwait:
    def __await__(self):
        yield 1
        yield 2
        return "gen-await-done"
async def multi():
    return await GenAwait()
co = multi()
print(co.send(None), co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
async def f():
    return 1
c = f()
print(hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"))
c.close()
