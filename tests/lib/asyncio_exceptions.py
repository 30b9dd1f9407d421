# Exceptions: out of awaited tasks, through nested awaits, out of run().
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def middle():
    try:
        await fail_after(0.01, ValueError("deep"))
    finally:
        print("middle finally")


async def main():
    # through a chain of coroutines
    try:
        await middle()
    except ValueError as e:
        print("caught through chain:", e)

    # out of an awaited task
    t = asyncio.create_task(fail_after(0.01, KeyError("k")))
    try:
        await t
    except KeyError as e:
        print("caught from task:", repr(e))
    print("task done", t.done(), "cancelled", t.cancelled())
    print("exception()", repr(t.exception()))
    try:
        t.result()
    except KeyError:
        print("result() raises it again")

    # two tasks awaiting the same failing task both see the exception
    shared = asyncio.create_task(fail_after(0.01, RuntimeError("shared")))

    async def watcher(name):
        try:
            await shared
        except RuntimeError as e:
            print(name, "saw", e)

    await asyncio.gather(watcher("w1"), watcher("w2"))

    # an exception raised inside an except block keeps its context
    async def chained():
        try:
            await fail_after(0, ZeroDivisionError("first"))
        except ZeroDivisionError:
            raise TypeError("second")

    try:
        await chained()
    except TypeError as e:
        print("chained", e, "context", repr(e.__context__))

    # exception() of a successful task is None
    ok = asyncio.create_task(asyncio.sleep(0, "ok"))
    await ok
    print("ok exception", ok.exception(), "result", ok.result())

    # a task's exception surfaces from run() when main awaits it
    await fail_after(0.01, ValueError("out of run"))


try:
    asyncio.run(main())
except ValueError as e:
    print("run raised", e)


async def final():
    await asyncio.sleep(0)
    raise ValueError("final")


print("last run")
asyncio.run(final())
print("not reached")
