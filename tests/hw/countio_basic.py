# Expected output in countio_basic.exp: CPython has no countio module.
# Counter counts the edges the pin sees while the program does other
# things; Edge chooses which.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import countio
import digitalio
import sim


def attempt(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


def pulses(pin, n):
    for _ in range(n):
        sim.set_input(pin, False)
        sim.set_input(pin, True)


print(countio.Edge.RISE, countio.Edge.FALL, repr(countio.Edge.RISE_AND_FALL))
print(countio.Edge.RISE == countio.Edge.RISE, countio.Edge.RISE == countio.Edge.FALL)
print(sorted(n for n in dir(countio) if not n.startswith("_")))

sim.set_input(board.D5, True)
c = countio.Counter(board.D5)  # falling edges
print(type(c).__name__, c.count)
pulses(board.D5, 3)
print(c.count)
pulses(board.D5, 2)
print(c.count)
c.reset()
print(c.count)
pulses(board.D5, 1)
c.count = 100
pulses(board.D5, 1)
print(c.count)
c.deinit()
c.deinit()
attempt(lambda: c.count)
attempt(lambda: c.reset())
attempt(lambda: setattr(c, "count", 1))

with countio.Counter(board.D5, edge=countio.Edge.RISE) as r:
    pulses(board.D5, 4)
    print(r.count)
with countio.Counter(board.D5, edge=countio.Edge.RISE_AND_FALL) as rf:
    pulses(board.D5, 4)
    print(rf.count)
sim.set_input(board.D5, None)

# with a pull-up and nothing driving, a button to ground
p = countio.Counter(board.D6, edge=countio.Edge.FALL, pull=digitalio.Pull.UP)
sim.set_input(board.D6, False)
sim.set_input(board.D6, None)  # released: the pull-up brings it back
sim.set_input(board.D6, False)
print(p.count)
p.deinit()

# errors
attempt(lambda: countio.Counter(board.D5, edge=1))
attempt(lambda: countio.Counter(board.D5, edge=None))
attempt(lambda: countio.Counter(board.D5, pull=1))
attempt(lambda: countio.Counter(board.D5, pull=digitalio.Direction.INPUT))
attempt(lambda: countio.Counter(board.D5, countio.Edge.RISE))
attempt(lambda: countio.Counter(5))
d = digitalio.DigitalInOut(board.D5)
attempt(lambda: countio.Counter(board.D5))
d.deinit()
countio.Counter(board.D5).deinit()
print("done")
