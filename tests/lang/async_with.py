# async: async with using __aenter__/__aexit__, exception suppression, multiple items
class Suspend:
    def __await__(self):
        yield
class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Suspend()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        await Suspend()
        return self.suppress
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with ACM("a") as x:
        print("body", x)
    async with ACM("b", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    async with ACM("c") as c, ACM("d") as d:
        print("both", c, d)
    try:
        async with ACM("e"):
            raise KeyError("k")
    except KeyError:
        print("KeyError propagated")
    return "main done"
print(run(main()))
async def wrong():
    async with 5:
        pass
try:
    run(wrong())
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
