# Behaviour that follows CircuitPython's asyncio rather than CPython's.
# .exp: in CPython, create_task() outside a running loop raises
# RuntimeError, asyncio.run() cancels the tasks still pending when it
# returns, asyncio.TimeoutError is the builtin TimeoutError (an OSError),
# and get_event_loop() takes no queue lengths.
import asyncio


async def job(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")


# A task can be created before the loop runs; it starts with the loop.
early = asyncio.create_task(job("early", 2))
print("created before run, done:", early.done())


async def main():
    asyncio.create_task(job("leftover", 5))
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
# The leftover task was not cancelled: it carries on in the next run.
print("between runs")


async def main2():
    await asyncio.sleep(0.01)
    print("main2 returns")


asyncio.run(main2())

print("TimeoutError is the builtin:", asyncio.TimeoutError is TimeoutError)
print("TimeoutError is an Exception:", issubclass(asyncio.TimeoutError, Exception))
print("TimeoutError is an OSError:", issubclass(asyncio.TimeoutError, OSError))
print("CancelledError is an Exception:", issubclass(asyncio.CancelledError, Exception))
loop = asyncio.get_event_loop(16, 16)
print("get_event_loop(16, 16) is the loop:", loop is asyncio.get_event_loop())
