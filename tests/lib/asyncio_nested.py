# Nested tasks: trees of tasks, tasks awaiting tasks, results flowing up.
import asyncio


async def leaf(path, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    print("leaf", path)
    return 1


async def node(path, depth, width):
    if depth == 0:
        return await leaf(path, 3 - int(path[-1]))
    kids = [asyncio.create_task(node(path + str(i), depth - 1, width))
            for i in range(width)]
    total = 0
    for k in kids:
        total += await k
    print("node", path or "root", total)
    return total


async def pipeline():
    # producer -> doubler -> consumer, linked by events and lists
    items, doubled = [], []
    have_item, have_doubled = asyncio.Event(), asyncio.Event()

    async def producer():
        for i in range(4):
            items.append(i)
            have_item.set()
            await asyncio.sleep(0.005)
        items.append(None)
        have_item.set()

    async def doubler():
        while True:
            await have_item.wait()
            have_item.clear()
            while items:
                x = items.pop(0)
                doubled.append(None if x is None else 2 * x)
                have_doubled.set()
                if x is None:
                    return

    async def consumer():
        got = []
        while True:
            await have_doubled.wait()
            have_doubled.clear()
            while doubled:
                x = doubled.pop(0)
                if x is None:
                    return got
                got.append(x)

    _, _, got = await asyncio.gather(producer(), doubler(), consumer())
    return got


async def main():
    print("total", await node("", 2, 3))
    print("pipeline", await pipeline())

    # a task awaiting a task awaiting a task
    async def level(n):
        if n == 0:
            await asyncio.sleep(0.01)
            return "bottom"
        r = await asyncio.create_task(level(n - 1))
        return "%d<%s" % (n, r)

    print(await level(4))

    # cancelling a parent that awaits gather() cancels the children too
    async def child(i):
        try:
            await asyncio.sleep(10)
        finally:
            print("child", i, "cleaned up")

    async def parent():
        try:
            await asyncio.gather(child(1), child(2))
        except asyncio.CancelledError:
            print("parent cancelled")
            raise

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent done, cancelled:", p.cancelled())


asyncio.run(main())
