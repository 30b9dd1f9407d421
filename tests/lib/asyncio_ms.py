# CircuitPython's millisecond variants: sleep_ms and wait_for_ms.
# .exp: CPython's asyncio has neither.
import asyncio


async def sleeper(name, ms):
    await asyncio.sleep_ms(ms)
    print("woke", name)
    return name


async def main():
    r = await asyncio.gather(sleeper("c", 300), sleeper("a", 100), sleeper("b", 200))
    print(r)
    print(await asyncio.sleep_ms(0, "zero"))
    print(await asyncio.wait_for_ms(sleeper("fast", 5), 500))
    try:
        await asyncio.wait_for_ms(sleeper("slow", 1000), 20)
    except asyncio.TimeoutError:
        print("wait_for_ms timed out")
    print(await asyncio.wait_for_ms(sleeper("none", 1), None))


asyncio.run(main())
