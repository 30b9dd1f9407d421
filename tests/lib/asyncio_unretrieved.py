# A task that fails while nobody awaits it has its exception reported
# ("Task exception wasn't retrieved" and the traceback, on stderr) when it
# finishes, through the loop's exception handler.
# .exp: CPython reports only when the task object is garbage collected,
# with the text "Task exception was never retrieved", and not at all for a
# task that is awaited later; CircuitPython reports as soon as the task
# ends unawaited.
import asyncio


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


def handler(loop, context):
    print("handler:", context["message"])
    print("  exception:", repr(context["exception"]))
    print("  task is a Task:", isinstance(context["future"], asyncio.Task))


async def main():
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(handler)
    print("handler set", loop.get_exception_handler() is handler)
    asyncio.create_task(fail("first"))
    await asyncio.sleep(0.01)

    # reported, and still raised when awaited later
    t = asyncio.create_task(fail("second"))
    await asyncio.sleep(0.01)
    try:
        await t
    except ValueError as e:
        print("awaited later:", e)

    # retrieved in time: not reported
    t = asyncio.create_task(fail("third"))
    await asyncio.sleep(0)
    try:
        await t
    except ValueError as e:
        print("awaited in time:", e)

    # cancelled tasks are never reported
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0.01)

    # back to the default handler: the report goes to stderr
    loop.set_exception_handler(None)
    asyncio.create_task(fail("to stderr"))
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
