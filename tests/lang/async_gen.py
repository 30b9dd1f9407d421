# async: async generators driven manually through __anext__ and asend
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i * i
it = agen(3)
print(run(it.__anext__()), run(it.__anext__()), run(it.__anext__()))
try:
    run(it.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
async def collect():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
print(run(collect()))
async def echo():
    got = None
    while True:
        got = yield got
g = echo()
print(run(g.asend(None)), run(g.asend("x")), run(g.asend(7)))
run(g.aclose())
print("aclosed")
for src in ["async def f():\n    yield from []\n", "async def f():\n    x = 1\n    return x\n    yield 1\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
