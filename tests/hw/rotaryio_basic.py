# Expected output in rotaryio_basic.exp: CPython has no rotaryio module.
# IncrementalEncoder decodes the quadrature edges sim.rotate() makes (A
# leading B counts up), with divisors, position writes and contact bounce.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio
import rotaryio
import sim


def attempt(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


e = rotaryio.IncrementalEncoder(board.D20, board.D21)
print(type(e).__name__, e.position, e.divisor)
sim.rotate(board.D20, board.D21, 3)
print(e.position)
sim.rotate(board.D20, board.D21, -5)
print(e.position)
# part of a detent does not count; the rest of it does
sim.rotate(board.D20, board.D21, 1, 3)
print(e.position)
sim.rotate(board.D20, board.D21, 1, 1)
print(e.position)
# going back before the detent is reached cancels the partial step
sim.rotate(board.D20, board.D21, 1, 2)
sim.rotate(board.D20, board.D21, -1, 2)
print(e.position)
e.position = 10
sim.rotate(board.D20, board.D21, 1)
print(e.position)

# contact bounce on A while at rest, then while turning
for _ in range(10):
    sim.set_input(board.D20, False)
    sim.set_input(board.D20, True)
print(e.position)
sim.set_input(board.D20, False)
sim.set_input(board.D20, True)
sim.set_input(board.D20, False)  # A settles low: a quarter step
sim.set_input(board.D21, False)
sim.set_input(board.D21, True)
sim.set_input(board.D21, False)
sim.set_input(board.D20, True)
sim.set_input(board.D21, True)
print(e.position)

# divisors: 2 counts half cycles, 1 every edge; negative counts backwards
e.divisor = 2
sim.rotate(board.D20, board.D21, 2)
print(e.divisor, e.position)
e.divisor = 1
sim.rotate(board.D20, board.D21, 1)
print(e.divisor, e.position)
e.divisor = -4
print(e.divisor, e.position)
sim.rotate(board.D20, board.D21, 2)
print(e.position)
e.deinit()
e.deinit()
for f in (lambda: e.position, lambda: setattr(e, "position", 0), lambda: e.divisor,
          lambda: setattr(e, "divisor", 4)):
    attempt(f)

with rotaryio.IncrementalEncoder(board.D20, board.D21, divisor=1) as e2:
    sim.rotate(board.D20, board.D21, -1)
    print(e2.position, e2.divisor)
with rotaryio.IncrementalEncoder(pin_b=board.D20, pin_a=board.D21, divisor=4) as e3:
    sim.rotate(board.D20, board.D21, 2)  # pins swapped: the other way
    print(e3.position)

# errors
attempt(lambda: rotaryio.IncrementalEncoder(board.D20))
attempt(lambda: rotaryio.IncrementalEncoder(20, board.D21))
attempt(lambda: rotaryio.IncrementalEncoder(board.D20, "D21"))
attempt(lambda: rotaryio.IncrementalEncoder(board.D20, board.D20))
attempt(lambda: rotaryio.IncrementalEncoder(board.D20, board.D21, 0))
d = digitalio.DigitalInOut(board.D21)
attempt(lambda: rotaryio.IncrementalEncoder(board.D20, board.D21))
d.deinit()
# D20 was released after that failure
rotaryio.IncrementalEncoder(board.D20, board.D21).deinit()
print(sorted(n for n in dir(rotaryio) if not n.startswith("_")))
