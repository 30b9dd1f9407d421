# The event loop object: run_until_complete, create_task, run_forever,
# stop, close, new_event_loop.
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * x


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("running before", loop.is_running())
print("run_until_complete", loop.run_until_complete(compute(7)))

# a task made with loop.create_task
t = loop.create_task(compute(3))
print("task pending", t.done())
print("run task", loop.run_until_complete(t), t.done())


async def inspect():
    print("same loop", asyncio.get_event_loop() is loop,
          asyncio.get_running_loop() is loop)
    print("running inside", loop.is_running())


loop.run_until_complete(inspect())


# run_forever until a task calls stop(); a ticking task pauses with the loop
async def ticker():
    i = 0
    while True:
        print("tick", i)
        i += 1
        await asyncio.sleep(0)


async def stopper():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("stopping")
    loop.stop()


tick = loop.create_task(ticker())
loop.create_task(stopper())
loop.run_forever()
print("run_forever returned")

# the ticker is still pending and resumes on the next run
loop.run_until_complete(asyncio.sleep(0))
print("ticker done", tick.done())
tick.cancel()
try:
    loop.run_until_complete(tick)
except asyncio.CancelledError:
    print("ticker cancelled")

# exceptions come out of run_until_complete
async def boom():
    await asyncio.sleep(0)
    raise OSError("boom")

try:
    loop.run_until_complete(boom())
except OSError as e:
    print("caught", e)

loop.close()
print("closed", loop.is_closed())
coro = compute(1)
try:
    loop.run_until_complete(coro)
except RuntimeError:
    print("closed loop: RuntimeError")
coro.close()

# a fresh loop works after the old one is closed
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print("new loop", loop2 is not loop, loop2.run_until_complete(compute(5)))
print("asyncio.run", asyncio.run(compute(6)))
