# Sleeping tasks wake in the order of their deadlines, not of creation.
import asyncio

order = []


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    order.append(name)
    print("woke", name)


async def repeat(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        print(name, i)


async def main():
    delays = [("d", 0.4), ("a", 0.1), ("c", 0.3), ("b", 0.2), ("e", 0.0)]
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in delays]
    for t in tasks:
        await t
    print(order)

    # Two periodic tasks: fast wakes at 100, 200, 300 ms; slow at 250,
    # 500 ms (margins wide enough for a loaded machine).
    await asyncio.gather(repeat("fast", 0.1, 3), repeat("slow", 0.25, 2))

    # sleep(delay, result) returns result
    print(await asyncio.sleep(0.001, "result"))
    print(await asyncio.sleep(0, "zero"))
    # a negative delay does not block
    print(await asyncio.sleep(-1, "negative"))

    # sleep(0) only yields: the others run before we continue
    async def note(x):
        print("note", x)

    asyncio.create_task(note(1))
    asyncio.create_task(note(2))
    print("before sleep(0)")
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())
