# async: throw() and close() on suspended coroutines, exception handling across await
class Suspend:
    def __await__(self):
        yield "suspended"
async def guarded():
    try:
        await Suspend()
    except KeyError as e:
        print("caught", repr(e))
        return "recovered"
    finally:
        print("finally in coroutine")
co = guarded()
print(co.send(None))
try:
    co.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration", e.value)
co = guarded()
co.send(None)
co.close()
print("closed")
async def unguarded():
    await Suspend()
    return "never"
co = unguarded()
co.send(None)
try:
    co.throw(ValueError("to caller"))
except ValueError as e:
    print("ValueError", e)
async def inner():
    await Suspend()
    raise IndexError("from inner")
async def outer():
    try:
        await inner()
    except IndexError as e:
        return "outer handled " + str(e)
co = outer()
co.send(None)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
