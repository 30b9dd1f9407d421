# gather: ordered results, return_exceptions, first failure, nesting.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    print("value", v)
    return v


async def fail(msg, delay):
    await asyncio.sleep(delay)
    print("failing", msg)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(value(1, 0.3), value(2, 0.1), value(3, 0.2)))

    # tasks and coroutines mixed
    t = asyncio.create_task(value("t", 0.01))
    print(await asyncio.gather(t, value("c", 0.02)))
    print("task done", t.done())

    # the first failure is raised; the other children keep running
    slow = asyncio.create_task(value("slow", 0.2))
    try:
        await asyncio.gather(fail("boom", 0.01), slow)
    except ValueError as e:
        print("caught", repr(e))
    print("slow done yet", slow.done())
    print("slow result", await slow)

    # return_exceptions puts exceptions in the list
    r = await asyncio.gather(value(1, 0.1), fail("x", 0.2), value(3, 0.3),
                             return_exceptions=True)
    print([type(x).__name__ for x in r], r[0], r[2], r[1].args)

    # nested gathers
    r = await asyncio.gather(
        asyncio.gather(value("a", 0.1), value("b", 0.2)),
        value("c", 0.15),
    )
    print(r)

    # a cancelled child with return_exceptions
    victim = asyncio.create_task(value("victim", 1))
    async def killer():
        await asyncio.sleep(0.01)
        victim.cancel()
        return "killed"
    r = await asyncio.gather(victim, killer(), return_exceptions=True)
    print([type(x).__name__ for x in r], r[1])

    # a cancelled child without return_exceptions: CancelledError
    victim = asyncio.create_task(value("victim2", 1))
    async def killer2():
        await asyncio.sleep(0.01)
        victim.cancel()
    try:
        await asyncio.gather(victim, killer2())
    except asyncio.CancelledError:
        print("gather raised CancelledError")

    # gather with all children already done
    a = asyncio.create_task(value("pre", 0))
    await asyncio.sleep(0.01)
    print(await asyncio.gather(a, a))

    # the same coroutine twice runs once
    c = value("twice", 0)
    print(await asyncio.gather(c, c))

    # gather of other awaitables (sleep() is not a coroutine here)
    print(await asyncio.gather(asyncio.sleep(0, "s1"), asyncio.sleep(0.01, "s2")))


asyncio.run(main())
