# Expected output in busio_singletons.exp: CPython has no busio module.
# board.I2C() / SPI() / UART() are busio objects on the default buses and
# singletons: the same object until it is deinitialized, then a new one.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import busio
import digitalio

i2c = board.I2C()
print(type(i2c) is busio.I2C, i2c is board.I2C())
spi = board.SPI()
print(type(spi) is busio.SPI, spi is board.SPI())
uart = board.UART()
print(type(uart) is busio.UART, uart is board.UART())

# the singleton holds the pins like any bus object
for ctor in (lambda: busio.I2C(board.SCL, board.SDA), lambda: digitalio.DigitalInOut(board.MOSI),
             lambda: busio.UART(board.TX, board.RX)):
    try:
        ctor()
    except ValueError as e:
        print("ValueError", e)

# the singleton is an ordinary bus: lock it, use it
print(i2c.try_lock(), board.I2C().try_lock())
print(len(i2c.scan()) > 0)
i2c.unlock()
print(uart.baudrate, uart.timeout)

# after deinit the next call makes a new one
for f, old in ((board.I2C, i2c), (board.SPI, spi), (board.UART, uart)):
    old.deinit()
    new = f()
    print(f.__name__, new is not old, new is f())
    try:
        old.deinit()
        old.try_lock() if hasattr(old, "try_lock") else old.read(1)
    except ValueError as e:
        print("ValueError", e)

# a with block on the singleton deinitializes it too
with board.I2C() as bus:
    pass
print(board.I2C() is not bus)

# a busio object made by hand on the same pins is not the singleton
board.I2C().deinit()
mine = busio.I2C(board.SCL, board.SDA)
try:
    board.I2C()
except ValueError as e:
    print("ValueError", e)
mine.deinit()
print(type(board.I2C()).__name__)
