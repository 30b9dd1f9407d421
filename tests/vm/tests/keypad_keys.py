# keypad.Keys on two gpio-sim lines: presses and releases come back as
# events, in order, with timestamps that do not go backwards.
import time

import board
import keypad
import vmsim

keys = keypad.Keys((board.D19, board.D21), value_when_pressed=False, pull=True)
print("pulled up:", vmsim.level(19), vmsim.level(21))
time.sleep(0.05)
print("no event yet:", keys.events.get())
vmsim.pull(19, False)
time.sleep(0.1)
vmsim.pull(21, False)
time.sleep(0.1)
vmsim.pull(19, True)
time.sleep(0.1)
vmsim.pull(21, True)
time.sleep(0.1)
last = 0
while True:
    ev = keys.events.get()
    if ev is None:
        break
    print(ev.key_number, ev.pressed, ev.timestamp >= last)
    last = ev.timestamp
keys.deinit()
