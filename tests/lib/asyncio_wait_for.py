# wait_for: result in time, timeout cancels the inner task, no timeout.
import asyncio


async def work(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")


async def main():
    print(await asyncio.wait_for(work("quick", 0.01), 1))

    try:
        await asyncio.wait_for(work("slow", 1), 0.02)
    except asyncio.TimeoutError:
        print("slow timed out")

    print(await asyncio.wait_for(work("unlimited", 0.01), None))

    # the inner task ran its finally before TimeoutError reached us
    t = asyncio.create_task(work("task", 1))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print("task timed out, cancelled:", t.cancelled())

    # exceptions of the inner coroutine pass through
    async def bad():
        await asyncio.sleep(0.01)
        raise KeyError("bad")

    try:
        await asyncio.wait_for(bad(), 1)
    except KeyError as e:
        print("KeyError", e)

    # a zero timeout on something not done
    try:
        await asyncio.wait_for(work("zero", 0.01), 0)
    except asyncio.TimeoutError:
        print("zero timeout")

    # an inner task that swallows the cancel: its result is returned
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed")
        return "late result"

    print(await asyncio.wait_for(swallow(), 0.01))

    # the caller of wait_for is cancelled: the inner one is cancelled too
    async def outer():
        try:
            await asyncio.wait_for(work("inner", 1), 5)
        except asyncio.CancelledError:
            print("outer cancelled")
            raise

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer task cancelled", o.cancelled())

    # wait_for in a loop: finished waits leave no timers behind
    ev = asyncio.Event()

    async def setter():
        for i in range(3):
            await asyncio.sleep(0.01)
            ev.set()

    s = asyncio.create_task(setter())
    hits = 0
    for i in range(3):
        await asyncio.wait_for(ev.wait(), 1)
        ev.clear()
        hits += 1
    print("hits", hits)
    await s
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("event wait timed out")


asyncio.run(main())
