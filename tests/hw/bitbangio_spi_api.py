# Expected output in bitbangio_spi_api.exp: CPython has no bitbangio.
# bitbangio.SPI without devices: construction, the lock, configure's
# checks, the transfers' argument checks, deinit and the context manager.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import array

import bitbangio
import board
import digitalio
import sim


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(bitbangio.SPI) if not n.startswith("_")))
attempt(lambda: bitbangio.SPI(board.D16))
attempt(lambda: bitbangio.SPI(None, board.D20))
attempt(lambda: bitbangio.SPI(board.D16, 20))
attempt(lambda: bitbangio.SPI(board.D16, board.D20, board.D16))
attempt(lambda: bitbangio.SPI(clock=board.D16, MISO=board.D19, half_duplex=True))

spi = bitbangio.SPI(board.D16, MOSI=board.D20, MISO=board.D19)
print(spi, spi.frequency)
# clock idles low, MOSI low, MISO an input
print(sim.get_output(board.D16), sim.get_output(board.D20), sim.get_output(board.D19))
attempt(lambda: digitalio.DigitalInOut(board.D19))
attempt(lambda: bitbangio.SPI(board.D20))

for name, f in (
    ("configure", lambda: spi.configure()),
    ("write", lambda: spi.write(b"x")),
    ("readinto", lambda: spi.readinto(bytearray(1))),
    ("write_readinto", lambda: spi.write_readinto(b"x", bytearray(1))),
):
    print(name, end=" ")
    attempt(f)
print(spi.try_lock(), spi.try_lock())
spi.unlock()
print(spi.try_lock())

attempt(lambda: spi.configure(baudrate=0))
attempt(lambda: spi.configure(polarity=2))
attempt(lambda: spi.configure(phase=-1))
attempt(lambda: spi.configure(bits=7))
attempt(lambda: spi.configure(bits=16))
attempt(lambda: spi.configure(1000000))
spi.configure(baudrate=250000, polarity=1, phase=1)
print(spi.frequency, sim.get_output(board.D16))  # idles high now
spi.configure()
print(spi.frequency, sim.get_output(board.D16))

# MISO floats low: reads give zeros; held high, 0xff
buf = bytearray(3)
spi.readinto(buf)
print(buf)
sim.set_input(board.D19, True)
spi.readinto(buf, start=1)
print(buf)
spi.readinto(buf, write_value=0x5A)
print(buf, sim.get_output(board.D20))
attempt(lambda: spi.readinto(buf, write_value=256))
sim.set_input(board.D19, None)
out = bytearray(2)
spi.write_readinto(b"\x01\x02\x03", out, out_start=1)
print(out)
attempt(lambda: spi.write_readinto(b"\x01\x02", bytearray(3)))
attempt(lambda: spi.write_readinto(b"\x01\x02", bytearray(3), in_end=-1))
attempt(lambda: spi.write(5))
attempt(lambda: spi.readinto(b"ro"))
attempt(lambda: spi.write(b""))
attempt(lambda: spi.readinto(bytearray(0)))
attempt(lambda: spi.write(array.array("H", [1, 2]), start=1))

# 9-bit words: two bytes each, little-endian
spi.configure(bits=9)
attempt(lambda: spi.write(b"\x01"))
spi.write(b"\xff\x01")
attempt(lambda: spi.readinto(bytearray(2), write_value=511))
attempt(lambda: spi.readinto(bytearray(2), write_value=512))
spi.configure()
spi.deinit()

# a write-only and a read-only bus
with bitbangio.SPI(board.D16, MOSI=board.D20) as wo:
    wo.try_lock()
    wo.write(b"\x80")
    attempt(lambda: wo.readinto(bytearray(1)))
    attempt(lambda: wo.write_readinto(b"\x01", bytearray(1)))
    print(sim.get_output(board.D19))
with bitbangio.SPI(board.D16, MISO=board.D19) as ro:
    ro.try_lock()
    attempt(lambda: ro.write(b"\x80"))
    attempt(lambda: ro.readinto(bytearray(1)))
    print(sim.get_output(board.D20))
attempt(lambda: ro.readinto(bytearray(1)))

spi.deinit()
for name in ("try_lock", "unlock", "configure"):
    print(name, end=" ")
    attempt(getattr(spi, name))
attempt(lambda: spi.frequency)
attempt(lambda: spi.write(b"x"))
try:
    with bitbangio.SPI(board.D16, board.D20, board.D19):
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e)
for p in (board.D16, board.D19, board.D20):
    digitalio.DigitalInOut(p).deinit()
print("pins free again")
