# create_task: tasks start in creation order and interleave at each await.
import asyncio


async def step(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "finished")
    return name.upper()


async def main():
    tasks = [asyncio.create_task(step(c, 3)) for c in "abc"]
    print("created", [t.done() for t in tasks])
    await asyncio.sleep(0)
    print("main after first yield")
    results = []
    for t in tasks:
        results.append(await t)
    print("results", results)
    print("done", [t.done() for t in tasks])
    print("results again", [t.result() for t in tasks])
    # Awaiting a finished task again returns the same result at once.
    print("await again", await tasks[0])

    # A task that is never awaited still runs to completion.
    t = asyncio.create_task(step("bg", 2))
    for _ in range(4):
        await asyncio.sleep(0)
    print("bg done", t.done(), t.result())

    # Tasks created by tasks.
    async def parent():
        kids = [asyncio.create_task(step("kid%d" % i, 1)) for i in range(2)]
        print("parent spawned")
        return [await k for k in kids]

    print("parent got", await asyncio.create_task(parent()))

    # result() before the task is done
    t = asyncio.create_task(step("late", 1))
    try:
        t.result()
    except asyncio.InvalidStateError:
        print("result() too early: InvalidStateError")
    await t

    try:
        asyncio.create_task(42)
    except TypeError:
        print("create_task(42): TypeError")


asyncio.run(main())
