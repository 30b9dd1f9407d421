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
# (seconds after the start, key number, pressed) for the simulated board
SCRIPT = [(0.1, 0, True), (0.3, 0, False), (0.4, 2, True), (0.5, 1, True), (0.7, 2, False), (0.9, 1, False)]

keys = keypad.Keys(PINS, value_when_pressed=False, pull=True)
start = time.monotonic()
while True:
    now = time.monotonic() - start
    while sim and SCRIPT and SCRIPT[0][0] <= now:
        _, key, pressed = SCRIPT.pop(0)
        sim.set_input(PINS[key], not pressed)
    event = keys.events.get()
    if event:
        print(event)
    if sim and not SCRIPT and now > 1.1:
        break
    time.sleep(0.01)
keys.deinit()
