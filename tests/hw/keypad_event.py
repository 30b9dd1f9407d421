# Expected output in keypad_event.exp: CPython has no keypad module.
# keypad.Event and keypad.EventQueue on their own, and the Keys argument
# checks.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import keypad

from _keypad_util import attempt

e = keypad.Event()
print(e, e.key_number, e.pressed, e.released, type(e.timestamp).__name__)
e = keypad.Event(3, False, 1234)
print(e, repr(e), e.key_number, e.pressed, e.released, e.timestamp)
e2 = keypad.Event(key_number=3, pressed=False, timestamp=99)
print(e == e2, e != e2, e == keypad.Event(3, True), e == 3, e != 3, hash(e) == hash(e2))
print(hash(keypad.Event(5, True)), hash(keypad.Event(5, False)))
print(len({e, e2, keypad.Event(3, True)}))
print(keypad.Event(7, 0).pressed, keypad.Event(7, "yes").pressed)
attempt(lambda: keypad.Event(-1))
attempt(lambda: keypad.Event(1, True, 1.5))
attempt(lambda: keypad.Event(1, True, "now"))
attempt(lambda: keypad.Event(1.0))
attempt(lambda: keypad.Event(1, True, 2, 3))
attempt(lambda: setattr(e, "pressed", True))
attempt(lambda: keypad.EventQueue())
print(sorted(n for n in dir(keypad) if not n.startswith("_")))

# Keys argument checks
attempt(lambda: keypad.Keys((board.D5,)))
attempt(lambda: keypad.Keys((board.D5,), False))
attempt(lambda: keypad.Keys((board.D5, board.D5), value_when_pressed=False))
attempt(lambda: keypad.Keys((5,), value_when_pressed=False))
attempt(lambda: keypad.Keys(board.D5, value_when_pressed=False))
attempt(lambda: keypad.Keys((board.D5,), value_when_pressed=False, interval=-0.1))
attempt(lambda: keypad.Keys((board.D5,), value_when_pressed=False, interval="x"))
attempt(lambda: keypad.Keys((board.D5,), value_when_pressed=False, max_events=0))
attempt(lambda: keypad.Keys((board.D5,), value_when_pressed=False, debounce_threshold=0))
attempt(lambda: keypad.Keys((board.D5,), value_when_pressed=False, debounce_threshold=128))
k = keypad.Keys((board.D5, board.D6), value_when_pressed=False, interval=0, max_events=1, debounce_threshold=127)
attempt(lambda: keypad.Keys((board.D6,), value_when_pressed=False))
q = k.events
attempt(lambda: q.get_into(3))
attempt(lambda: setattr(k, "key_count", 3))
k.deinit()
# a queue outlives its scanner's deinit
print(q.get(), len(q), q.overflowed)
keypad.Keys((), value_when_pressed=False).deinit()
print("done")
