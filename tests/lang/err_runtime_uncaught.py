# uncaught: RuntimeError with a message raised from a method
class Machine:
    def __init__(self):
        self.state = "idle"
    def stop(self):
        if self.state != "running":
            raise RuntimeError("cannot stop from state " + self.state)
m = Machine()
print(m.state)
m.stop()
