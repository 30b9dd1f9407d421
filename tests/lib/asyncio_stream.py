# asyncio.Stream (StreamReader / StreamWriter) over objects select.poll can
# wait for: a file, sys.stdin (closed by the test runner: end of stream at
# once) and sys.stdout, while other tasks keep running.
# .exp: CPython's StreamReader/StreamWriter cannot wrap such objects (they
# are made by open_connection()/start_server()).
import asyncio
import sys


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def read_file():
    with open(__file__) as f:
        s = asyncio.StreamReader(f)
        print("line 1:", repr(await s.readline()))
        print("read(5):", repr(await s.read(5)))
        print("readexactly(7):", repr(await s.readexactly(7)))
        n = 0
        async for line in s:
            n += 1
        print("more lines:", n > 10)
        print("at the end:", repr(await s.readline()), repr(await s.read(3)))
    with open(__file__, "rb") as f:
        s = asyncio.StreamReader(f)
        buf = bytearray(8)
        print("readinto:", await s.readinto(buf), bytes(buf))
        data = await s.read()
        print("read() to the end:", type(data).__name__, len(data) > 100)
        try:
            await s.readexactly(1)
        except EOFError:
            print("readexactly past the end: EOFError")


async def stdin_eof():
    s = asyncio.StreamReader(sys.stdin)
    print("stdin readline:", repr(await s.readline()))


async def main():
    await asyncio.gather(read_file(), ticker(3))
    await asyncio.gather(stdin_eof(), ticker(2))
    w = asyncio.StreamWriter(sys.stdout, {"name": "out"})
    w.write("written ")
    w.write("by a StreamWriter\n")
    await w.drain()
    print("extra info:", w.get_extra_info("name"))


asyncio.run(main())
