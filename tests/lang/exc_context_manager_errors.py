# exceptions: errors during __enter__, __exit__, and body of nested with statements; cleanup order
class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise RuntimeError("exit failed: " + self.name)
        return False
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("body never runs")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("x", fail_exit=True), CM("y"):
        raise ValueError("body error")
except RuntimeError as e:
    print("caught", e, "| context:", repr(e.__context__))
try:
    with CM("p"):
        with CM("q", fail_exit=True):
            pass
except RuntimeError as e:
    print("caught", e, "| context:", e.__context__)
