# Expected output in neopixel_write_basic.exp: CPython has no
# neopixel_write module. The sim records the bytes written per pin
# (sim.neopixel_bytes).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import array
import board
import digitalio
import neopixel_write
import sim


def attempt(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


print(sim.neopixel_bytes(board.NEOPIXEL))
pin = digitalio.DigitalInOut(board.NEOPIXEL)
pin.direction = digitalio.Direction.OUTPUT
neopixel_write.neopixel_write(pin, bytearray([255, 0, 0, 0, 255, 0]))
print(sim.neopixel_bytes(board.NEOPIXEL), sim.neopixel_bytes(board.D18))
neopixel_write.neopixel_write(pin, b"\x01\x02\x03")
print(sim.neopixel_bytes(board.NEOPIXEL))
neopixel_write.neopixel_write(pin, memoryview(b"\x00\x10\x20\x30")[1:3])
print(sim.neopixel_bytes(board.NEOPIXEL))
neopixel_write.neopixel_write(pin, array.array("B", [9, 8, 7]))
print(sim.neopixel_bytes(board.NEOPIXEL))
neopixel_write.neopixel_write(pin, b"")
print(sim.neopixel_bytes(board.NEOPIXEL))
big = bytes(range(256)) * 2
neopixel_write.neopixel_write(pin, big)
print(sim.neopixel_bytes(board.NEOPIXEL) == big)
print(pin.value, sim.get_output(board.NEOPIXEL))  # the line rests low
attempt(lambda: neopixel_write.neopixel_write(pin, [1, 2, 3]))
attempt(lambda: neopixel_write.neopixel_write(pin, "abc"))
attempt(lambda: neopixel_write.neopixel_write(board.NEOPIXEL, b"\x00"))
attempt(lambda: neopixel_write.neopixel_write(None, b"\x00"))
attempt(lambda: neopixel_write.neopixel_write(pin))
# an input sends nothing
pin.switch_to_input()
neopixel_write.neopixel_write(pin, b"\xff\xff\xff")
print(sim.neopixel_bytes(board.NEOPIXEL) == big)
pin.deinit()
attempt(lambda: neopixel_write.neopixel_write(pin, b"\x00"))
sim.reset()
print(sim.neopixel_bytes(board.NEOPIXEL))
print(sorted(n for n in dir(neopixel_write) if not n.startswith("_")))
