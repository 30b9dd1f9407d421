# Expected output in busio_release.exp: CPython has no busio module.
# Buses give their pins back on deinit, at the end of a with block, and
# when an exception leaves the with block; a failed constructor keeps
# nothing.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import busio
import digitalio

PINS = (board.SCL, board.SDA, board.SCK, board.MOSI, board.MISO, board.TX, board.RX)


def free():
    taken = []
    for p in PINS:
        try:
            digitalio.DigitalInOut(p).deinit()
        except ValueError:
            taken.append(p)
    return taken


def ctors():
    return (lambda: busio.I2C(board.SCL, board.SDA), lambda: busio.SPI(board.SCK, board.MOSI, board.MISO),
            lambda: busio.UART(board.TX, board.RX))


for make in ctors():
    try:
        with make() as bus:
            print(type(bus).__name__, free())
            raise KeyError("boom")
    except KeyError as e:
        print("caught", e, free())

# many open/close cycles reuse the same peripheral
for i in range(50):
    for make in ctors():
        make().deinit()
print(free())

# all three at once, released in any order
a, b, c = (make() for make in ctors())
print(free())
b.deinit()
print(free())
c.deinit()
a.deinit()
print(free())

# a constructor that fails after the pins were checked keeps nothing
for bad in (lambda: busio.I2C(board.SCL, board.SDA, frequency=10**8),
            lambda: busio.SPI(board.SCK, board.MOSI, board.MISO, half_duplex=True),
            lambda: busio.UART(board.TX, board.RX, rs485_dir=board.D4, bits=9, baudrate=-1)):
    try:
        bad()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(free())
