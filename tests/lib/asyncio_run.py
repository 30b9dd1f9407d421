# asyncio.run: return values, awaiting coroutines, repeated runs.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def main(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    print("main total", total)
    return total


print("run", asyncio.run(main(5)))
print("run again", asyncio.run(main(3)))


async def no_await():
    return "immediate"


print(asyncio.run(no_await()))


async def returns_none():
    await asyncio.sleep(0)


print(asyncio.run(returns_none()))


async def nested(depth):
    if depth == 0:
        return [0]
    r = await nested(depth - 1)
    await asyncio.sleep(0)
    return r + [depth]


print(asyncio.run(nested(4)))


async def inside_run():
    coro = no_await()
    try:
        asyncio.run(coro)
    except RuntimeError:
        print("run inside a running loop: RuntimeError")
    coro.close()


asyncio.run(inside_run())


async def uses_current():
    t = asyncio.current_task()
    print("current is a Task", isinstance(t, asyncio.Task))
    print("done while running", t.done())
    return t


t = asyncio.run(uses_current())
print("done after run", t.done(), t.result() is t)

try:
    asyncio.current_task()
except RuntimeError:
    print("current_task outside: RuntimeError")
