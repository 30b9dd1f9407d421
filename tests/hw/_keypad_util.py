# Helpers for the keypad tests (not a test: the name starts with "_").
import time


def attempt(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


def settle():
    """Let a few scan intervals (20 ms by default) pass."""
    time.sleep(0.05)


def drain(q):
    out = []
    while True:
        e = q.get()
        if e is None:
            return out
        out.append(("P" if e.pressed else "R") + str(e.key_number))
