# Lock: mutual exclusion, FIFO hand-over, async with, cancelled waiters.
import asyncio


async def critical(lock, name, log):
    async with lock:
        log.append(name + "+")
        print(name, "in, locked:", lock.locked())
        await asyncio.sleep(0.01)
        log.append(name + "-")
        print(name, "out")


async def main():
    lock = asyncio.Lock()
    print("locked at start", lock.locked())
    log = []
    await asyncio.gather(*(critical(lock, "t%d" % i, log) for i in range(4)))
    print(log)
    print("locked at end", lock.locked())

    # acquire/release by hand
    print("acquire", await lock.acquire(), lock.locked())
    lock.release()
    print("released", lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print("release unlocked: RuntimeError")

    # an exception inside async with releases the lock
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e, "locked:", lock.locked())

    # a waiter cancelled while queued is skipped
    await lock.acquire()

    async def want(name):
        try:
            await lock.acquire()
        except asyncio.CancelledError:
            print(name, "cancelled while waiting")
            raise
        print(name, "got the lock")
        lock.release()

    a = asyncio.create_task(want("a"))
    b = asyncio.create_task(want("b"))
    c = asyncio.create_task(want("c"))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(a, c)
    print("b cancelled", b.cancelled(), "locked", lock.locked())

    # between release() and the waiter running, the lock is free but
    # reserved for that waiter
    await lock.acquire()
    w = asyncio.create_task(want("w"))
    await asyncio.sleep(0)
    lock.release()
    print("after release, locked:", lock.locked())
    await w

    # a newcomer does not overtake tasks already waiting
    await lock.acquire()
    order = []

    async def queued(name):
        async with lock:
            order.append(name)
            await asyncio.sleep(0)

    q1 = asyncio.create_task(queued("q1"))
    await asyncio.sleep(0)
    lock.release()
    q2 = asyncio.create_task(queued("q2"))
    await asyncio.gather(q1, q2)
    print(order)

    # a shared counter protected by the lock
    counter = [0]

    async def incr(n):
        for _ in range(n):
            async with lock:
                v = counter[0]
                await asyncio.sleep(0)
                counter[0] = v + 1

    await asyncio.gather(incr(5), incr(5), incr(5))
    print("counter", counter[0])


asyncio.run(main())
