# Print the key events of three buttons, as keypad's Learn guide does.
# The buttons go from D5, D6 and D7 to ground (keypad turns the pull-ups
# on). On the simulated board this program presses them itself through the
# sim module; elsewhere press them by hand (Ctrl-C stops it).
import time

import board
import keypad

try:
    import sim
except ImportError:
    sim = None

PINS = (board.D5, board.D6, board.D7)
# (seconds after the previous step, key number, pressed) for the simulated
# board: steps at least 0.1 s apart, well over the 20 ms scan interval, so
# the events come in this order even on a busy machine
SCRIPT = [(0.1, 0, True), (0.2, 0, False), (0.1, 2, True), (0.1, 1, True), (0.2, 2, False), (0.2, 1, False)]

keys = keypad.Keys(PINS, value_when_pressed=False, pull=True)
last = time.monotonic()
while True:
    now = time.monotonic()
    if sim and SCRIPT and now - last >= SCRIPT[0][0]:
        _, key, pressed = SCRIPT.pop(0)
        sim.set_input(PINS[key], not pressed)
        last = now
    event = keys.events.get()
    if event:
        print(event)
    if sim and not SCRIPT and now - last > 0.2:
        break
    time.sleep(0.01)
keys.deinit()
