# SystemExit raised in a task stops the loop and the program at once.
# .exp: CircuitPython's asyncio.run() leaves the other tasks as they are
# (main's finally does not run), where CPython's cancels them on the way
# out (so it prints "main finally") and reports the task's SystemExit.
import asyncio


async def quitter():
    await asyncio.sleep(0.01)
    print("quitting")
    raise SystemExit(3)


async def main():
    asyncio.create_task(quitter())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")


asyncio.run(main())
print("not reached")
