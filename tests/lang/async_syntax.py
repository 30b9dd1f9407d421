# async: await/async for/async with outside async functions are SyntaxErrors
cases = [
    "def f():\n    await x\n",
    "def f():\n    async for i in x:\n        pass\n",
    "def f():\n    async with x:\n        pass\n",
    "async def f():\n    await x\n",
    "async def f():\n    return [await y for y in x]\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
async def coro():
    return "value"
async def caller():
    return await coro()
c = caller()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def lam_user():
    f = lambda: 5
    return f()
c = lam_user()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(callable(coro), coro.__name__)
