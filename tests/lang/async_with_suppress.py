# async: async context managers that suppress, transform or re-raise exceptions
class Pause:
    def __await__(self):
        yield
class Guard:
    def __init__(self, handled=(), transform=None):
        self.handled = handled
        self.transform = transform
    async def __aenter__(self):
        await Pause()
        return self
    async def __aexit__(self, et, ev, tb):
        await Pause()
        if et is None:
            print("clean exit")
            return False
        if issubclass(et, self.handled):
            print("suppressing", et.__name__)
            return True
        if self.transform:
            raise self.transform("transformed " + str(ev)) from ev
        return False
def run(co):
    try:
        while True:
            co.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with Guard():
        pass
    async with Guard(handled=(KeyError,)):
        raise KeyError("k")
    try:
        async with Guard(transform=RuntimeError):
            raise ValueError("v")
    except RuntimeError as e:
        print("RuntimeError", e, repr(e.__cause__))
    try:
        async with Guard(handled=(KeyError,)):
            raise IndexError("i")
    except IndexError as e:
        print("IndexError passed through", e)
    return "done"
print(run(main()))
