# async: closing a suspended coroutine runs finally blocks; throw into awaiting coroutine chains
class Pause:
    def __await__(self):
        yield "paused"
async def inner():
    try:
        await Pause()
        await Pause()
    finally:
        print("inner finally")
async def outer():
    try:
        await inner()
    finally:
        print("outer finally")
co = outer()
print(co.send(None))
co.close()
print("closed")
co = outer()
co.send(None)
try:
    co.throw(ValueError("injected"))
except ValueError as e:
    print("ValueError", e)
async def catches():
    try:
        await Pause()
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
co = catches()
co.send(None)
co.close()
async def resists():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()
co = resists()
co.send(None)
try:
    co.close()
except RuntimeError as e:
    print("RuntimeError", e)
co.close()
