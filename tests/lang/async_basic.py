# async: coroutine objects driven manually with send(None); return value in StopIteration
async def add(a, b):
    return a + b
c = add(2, 3)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
async def outer():
    x = await add(1, 1)
    y = await add(x, 10)
    return x, y
co = outer()
try:
    co.send(None)
except StopIteration as e:
    print("outer result", e.value)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def nothing():
    pass
print(run(nothing()))
async def raises():
    raise ValueError("inside coroutine")
try:
    run(raises())
except ValueError as e:
    print("ValueError", e)
done = add(1, 2)
run(done)
try:
    done.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
unstarted = add(0, 0)
unstarted.close()
print("closed unstarted coroutine")
