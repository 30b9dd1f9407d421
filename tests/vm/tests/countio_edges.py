# countio.Counter counts the edges the kernel timestamps (gpio-sim raises
# them when its pull attribute changes an input's level).
import time

import board
import countio
import vmsim

vmsim.pull(18, False)
c = countio.Counter(board.D18, edge=countio.Edge.RISE)
for _ in range(5):
    vmsim.pull(18, True)
    vmsim.pull(18, False)
time.sleep(0.05)
print("rise:", c.count)
c.reset()
print("after reset:", c.count)
c.deinit()

c = countio.Counter(board.D18, edge=countio.Edge.RISE_AND_FALL)
for _ in range(3):
    vmsim.pull(18, True)
    vmsim.pull(18, False)
time.sleep(0.05)
print("rise and fall:", c.count)
c.deinit()

c = countio.Counter(board.D18)  # default: falling edges
for _ in range(4):
    vmsim.pull(18, True)
    vmsim.pull(18, False)
time.sleep(0.05)
print("fall:", c.count)
c.count = 100
print("set:", c.count)
c.deinit()
