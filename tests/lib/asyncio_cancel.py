# Cancellation: of a sleeping task, before it starts, inside try/finally,
# suppressed, of itself, of a finished task.
import asyncio


async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
        print(name, "woke (wrong)")
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "finally")


async def main():
    # a sleeping task is woken by cancel()
    t = asyncio.create_task(sleeper("s1"))
    await asyncio.sleep(0.01)
    print("cancel returns", t.cancel())
    print("done right after cancel", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print("done", t.done(), "cancelled", t.cancelled())
    print("cancel a finished task", t.cancel())

    # cancelled before it ever ran: the body never starts
    t = asyncio.create_task(sleeper("s2"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("s2 cancelled before start")

    # CancelledError is not an Exception
    t = asyncio.create_task(sleeper("s3"))
    await asyncio.sleep(0)
    t.cancel()
    try:
        try:
            await t
        except Exception:
            print("wrong: caught as Exception")
    except asyncio.CancelledError:
        print("CancelledError is a BaseException", issubclass(asyncio.CancelledError, BaseException))

    # a task that suppresses its cancellation carries on
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("stubborn ignores the cancel")
        await asyncio.sleep(0.01)
        return "stubborn finished"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # a task cancelling itself gets CancelledError at its next await
    async def selfcancel():
        asyncio.current_task().cancel()
        print("self cancel requested")
        try:
            await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            print("self cancel delivered")
            return "handled"

    print(await asyncio.create_task(selfcancel()))

    # cancelling a task waiting on an Event
    ev = asyncio.Event()

    async def ev_waiter():
        try:
            await ev.wait()
        finally:
            print("ev_waiter finally")

    t = asyncio.create_task(ev_waiter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("ev_waiter cancelled")
    ev.set()
    await asyncio.sleep(0)

    # cancel with a message
    t = asyncio.create_task(sleeper("s4"))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message", e.args)

    # cleanup in finally may await
    async def cleanup():
        try:
            await asyncio.sleep(10)
        finally:
            print("cleanup starts")
            await asyncio.sleep(0.01)
            print("cleanup ends")

    t = asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cleanup task cancelled")


    # cancelling a task that awaits another task cancels the awaited one
    async def inner():
        try:
            await asyncio.sleep(10)
        finally:
            print("inner finally")

    async def outer():
        try:
            await asyncio.create_task(inner())
        except asyncio.CancelledError:
            print("outer got CancelledError")
            raise

    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", t.cancelled())

    # ... and if that one swallows the cancel, the waiter carries on
    async def inner_swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("inner swallows")
        return "inner result"

    async def outer2():
        r = await asyncio.create_task(inner_swallow())
        print("outer2 got", r)
        return r

    t = asyncio.create_task(outer2())
    await asyncio.sleep(0.01)
    t.cancel()
    print("outer2 returned", await t, "cancelled", t.cancelled())


asyncio.run(main())
