# async: exceptions propagate through await chains; try/finally in coroutines; caught by caller
class Step:
    def __await__(self):
        yield "step"
async def level3(fail):
    await Step()
    if fail:
        raise ValueError("level3 failed")
    return 3
async def level2(fail):
    try:
        return await level3(fail) + 20
    finally:
        print("level2 finally")
async def level1(fail):
    try:
        v = await level2(fail)
        return v + 100
    except ValueError as e:
        return "level1 caught: " + str(e)
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
print(run(level1(False)))
print(run(level1(True)))
async def raise_direct():
    raise KeyError("no await at all")
try:
    run(raise_direct())
except KeyError as e:
    print("KeyError", e)
async def chain():
    try:
        await level3(True)
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    run(chain())
except RuntimeError as e:
    print("RuntimeError", e, "cause:", repr(e.__cause__))
async def stop_in_coro():
    raise StopIteration("bad")
try:
    run(stop_in_coro())
except RuntimeError as e:
    print("RuntimeError", e)
