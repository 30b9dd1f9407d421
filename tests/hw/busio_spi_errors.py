# Expected output in busio_spi_errors.exp: CPython has no busio module.
# Every documented misuse of busio.SPI and its exact message.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import busio
import digitalio


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: busio.SPI(11, board.MOSI))
attempt(lambda: busio.SPI(board.SCK, 10))
attempt(lambda: busio.SPI(board.SCK, board.MOSI, "MISO"))
attempt(lambda: busio.SPI(board.SCK))
attempt(lambda: busio.SPI(board.SCK, None, None))
attempt(lambda: busio.SPI(board.MOSI, board.SCK))
attempt(lambda: busio.SPI(board.SCK, board.MISO, board.MOSI))
attempt(lambda: busio.SPI(board.SCK, board.MOSI, board.MISO, half_duplex=True))
attempt(lambda: busio.SPI(board.SCK, board.MOSI, board.MISO, True))
held = digitalio.DigitalInOut(board.MISO)
attempt(lambda: busio.SPI(board.SCK, board.MOSI, board.MISO))
# MISO not asked for: it stays free for other uses
spi = busio.SPI(board.SCK, MOSI=board.MOSI)
held.deinit()
attempt(lambda: busio.SPI(board.SCK, MISO=board.MISO))
print(spi.frequency)

for name, call in (
    ("configure", lambda: spi.configure()),
    ("write", lambda: spi.write(b"x")),
    ("readinto", lambda: spi.readinto(bytearray(1))),
    ("write_readinto", lambda: spi.write_readinto(b"x", bytearray(1))),
    ("bad args", lambda: spi.write()),
):
    print(name, end=": ")
    attempt(call)

print(spi.try_lock(), spi.try_lock())
attempt(lambda: spi.configure(baudrate=0))
attempt(lambda: spi.configure(polarity=2))
attempt(lambda: spi.configure(phase=-1))
attempt(lambda: spi.configure(bits=7))
attempt(lambda: spi.configure(bits=16))
attempt(lambda: spi.configure(100000))
attempt(lambda: spi.configure(bogus=1))
attempt(lambda: spi.configure(bits=9))  # the sim has 8-bit words only
# empty slices do nothing, even where a pin is missing
attempt(lambda: spi.readinto(bytearray(0)))
attempt(lambda: spi.readinto(bytearray(4), start=4))
attempt(lambda: spi.write(b""))
attempt(lambda: spi.write_readinto(b"", bytearray(0)))
# a missing pin, once there is something to move
attempt(lambda: spi.readinto(bytearray(1)))
attempt(lambda: spi.write_readinto(b"ab", bytearray(2)))
attempt(lambda: spi.write_readinto(b"abc", bytearray(2)))
attempt(lambda: spi.write_readinto(b"abc", bytearray(4), in_end=3, out_start=0))
attempt(lambda: spi.readinto(bytearray(1), write_value=256))
attempt(lambda: spi.write(5))
attempt(lambda: spi.readinto(b"ro"))
spi.unlock()
spi.deinit()

for name, call in (
    ("try_lock", lambda: spi.try_lock()),
    ("unlock", lambda: spi.unlock()),
    ("configure", lambda: spi.configure()),
    ("write", lambda: spi.write(b"x")),
    ("readinto", lambda: spi.readinto(bytearray(1))),
    ("write_readinto", lambda: spi.write_readinto(b"x", bytearray(1))),
    ("frequency", lambda: spi.frequency),
):
    print(name, end=": ")
    attempt(call)

# MISO only: writing needs MOSI
spi = busio.SPI(board.SCK, MISO=board.MISO)
spi.try_lock()
attempt(lambda: spi.write(b"x"))
attempt(lambda: spi.readinto(bytearray(1)))
spi.unlock()
spi.deinit()
for p in (board.SCK, board.MOSI, board.MISO):
    digitalio.DigitalInOut(p).deinit()
print("pins free")
