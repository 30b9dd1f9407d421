# Event: set, clear, is_set, wait; every waiter is woken.
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woken", r)


async def main():
    ev = asyncio.Event()
    print("initially", ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, "w%d" % i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    print("is_set", ev.is_set())
    await asyncio.gather(*tasks)

    # waiting on a set event returns at once
    print("wait on set event:", await ev.wait())

    ev.clear()
    print("after clear", ev.is_set())

    # set then clear before the waiters run: they still wake
    tasks = [asyncio.create_task(waiter(ev, "x%d" % i)) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*tasks)

    # ping-pong between two tasks through two events
    ping, pong = asyncio.Event(), asyncio.Event()

    async def player(name, mine, other, n):
        for i in range(n):
            await mine.wait()
            mine.clear()
            print(name, i)
            other.set()

    a = asyncio.create_task(player("ping", ping, pong, 3))
    b = asyncio.create_task(player("pong", pong, ping, 3))
    ping.set()
    await asyncio.gather(a, b)

    # a waiter with a timeout elsewhere
    late = asyncio.Event()

    async def set_later():
        await asyncio.sleep(0.02)
        late.set()

    asyncio.create_task(set_later())
    await late.wait()
    print("late event seen")


asyncio.run(main())
