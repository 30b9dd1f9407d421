# Expected output in sim_history_ring.exp: CPython has no sim module.
# The output history is a bounded ring (16384 changes per controller): a
# program that toggles pins for a long time (a KeyMatrix driving its rows
# on every scan) keeps constant memory; the oldest changes go, counted
# per pin by sim.output_history_dropped().
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio
import keypad
import sim
import time

RING = 16384
sim.reset()
print(sim.output_history_dropped(board.D4), sim.output_history(board.D4))

d = digitalio.DigitalInOut(board.D4)
d.switch_to_output(value=False)  # one change: driven low
led = digitalio.DigitalInOut(board.LED)
led.switch_to_output(value=True)  # one change on another pin
for i in range(RING + 100):
    d.value = i % 2 == 0
h = sim.output_history(board.D4)
dropped = sim.output_history_dropped(board.D4)
print(len(h), dropped)
# the LED's one change was the second oldest: dropped too, and counted
print(sim.output_history(board.LED), sim.output_history_dropped(board.LED))
# what is kept is the newest, in order, ending with the present level
print(h[-1][1] == d.value, all(h[i][0] <= h[i + 1][0] for i in range(len(h) - 1)))
print(all(h[i][1] != h[i + 1][1] for i in range(len(h) - 1)))
# D4 changed 1 + RING + 100 times: what was dropped and what is kept add up
print(dropped + len(h) == 1 + RING + 100)

# a pin with nothing dropped, and a pin never used
print(sim.output_history_dropped(board.D17), sim.output_history(board.D17))
led.value = False
print(len(sim.output_history(board.LED)), sim.output_history_dropped(board.LED))

# a KeyMatrix drives its rows on every scan: with the ring full, each of
# its changes pushes out one of D4's oldest
for i in range(RING):
    d.value = i % 2 == 0
before = sim.output_history_dropped(board.D4)
km = keypad.KeyMatrix((board.D5, board.D6), (board.D7,), interval=0)
t = time.monotonic()
while time.monotonic() - t < 0.05:
    km.events.get()
rows = sum(len(sim.output_history(p)) for p in (board.D5, board.D6))
kept = sum(len(sim.output_history(p)) for p in (board.D4, board.D5, board.D6, board.LED))
print(rows > 10, kept == RING, sim.output_history_dropped(board.D4) - before == rows)
km.deinit()

# sim.reset() forgets the history and the counts
sim.reset()
print(sim.output_history_dropped(board.D4), len(sim.output_history(board.D4)))
d.deinit()
led.deinit()

try:
    sim.output_history_dropped(4)
except TypeError as e:
    print("TypeError", e)
