# Expected output in keypad_keys.exp: CPython has no keypad module.
# keypad.Keys on the sim: events from presses made with sim.set_input,
# including presses that came and went between two looks at the queue
# (the scanner replays the scans it missed), debouncing, reset(),
# overflow, timestamps, and deinit.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import keypad
import sim
import time

from _keypad_util import attempt, drain, settle

keys = keypad.Keys((board.D5, board.D6, board.D13), value_when_pressed=False)
print(type(keys).__name__, keys.key_count, type(keys.events).__name__, keys.events is keys.events)
print(len(keys.events), bool(keys.events), keys.events.get(), keys.events.overflowed)
sim.set_input(board.D6, False)  # press key 1 (pull-up, to ground)
settle()
ev = keys.events.get()
print(ev, ev.key_number, ev.pressed, ev.released, type(ev.timestamp).__name__)
sim.set_input(board.D6, True)
settle()
print(drain(keys.events))

# a press and release between two looks is not lost
t0 = time.monotonic()
sim.set_input(board.D5, False)
time.sleep(0.05)
sim.set_input(board.D5, True)
time.sleep(0.05)
evs = []
while True:
    e = keys.events.get()
    if e is None:
        break
    evs.append(e)
print([str(e) for e in evs])
# timestamps are the scan times in ms: at least 50 ms apart, less one
# 20 ms scan interval
print((evs[1].timestamp - evs[0].timestamp) % (1 << 29) >= 30)

# get_into reuses an Event
sim.set_input(board.D13, False)
settle()
e = keypad.Event()
print(keys.events.get_into(e), e, keys.events.get_into(e), e)
sim.set_input(board.D13, True)
settle()
print(len(keys.events))
keys.events.clear()
print(len(keys.events), keys.events.overflowed)

# reset(): keys held now are reported again
sim.set_input(board.D5, False)
settle()
print(drain(keys.events))
keys.reset()
print(drain(keys.events))
sim.set_input(board.D5, True)
settle()
print(drain(keys.events))
keys.deinit()
keys.deinit()
for f in (lambda: keys.events, lambda: keys.key_count, lambda: keys.reset()):
    attempt(f)

# a full queue drops new events and says so until clear()
with keypad.Keys([board.D5], value_when_pressed=False, max_events=2, interval=0.005) as k:
    for _ in range(3):
        sim.set_input(board.D5, False)
        time.sleep(0.02)
        sim.set_input(board.D5, True)
        time.sleep(0.02)
    print(len(k.events), k.events.overflowed, drain(k.events), k.events.overflowed)
    k.events.clear()
    print(k.events.overflowed)

# value_when_pressed=True with the internal pull-down
with keypad.Keys([board.D16], value_when_pressed=True) as k:
    sim.set_input(board.D16, True)
    settle()
    sim.set_input(board.D16, None)  # released: the pull-down takes it low
    settle()
    print(drain(k.events))

# pull=False: nothing pulls, an external level decides
with keypad.Keys([board.D17], value_when_pressed=True, pull=False) as k:
    sim.set_input(board.D17, True)
    settle()
    print(drain(k.events))
sim.set_input(board.D17, None)

# debounce_threshold=3: a key changes state once it has read its new
# state 3 scans more often than its old one
with keypad.Keys([board.D19], value_when_pressed=False, interval=0.1, debounce_threshold=3) as k:
    k.reset()  # every key settled released
    sim.set_input(board.D19, False)
    sim.set_input(board.D19, True)  # bounce
    sim.set_input(board.D19, False)
    time.sleep(0.45)
    print(drain(k.events))
    sim.set_input(board.D19, True)
    time.sleep(0.1)  # released for one or two scans: not enough
    sim.set_input(board.D19, False)
    time.sleep(0.45)
    print(drain(k.events))
    sim.set_input(board.D19, True)
    time.sleep(0.45)
    print(drain(k.events))
sim.reset()
print("done")
