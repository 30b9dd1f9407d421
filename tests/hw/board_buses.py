# Expected output in board_buses.exp: CPython has no board module.
# board.I2C()/SPI()/UART() build busio objects on the board file's default
# buses (busio_singletons.py tests them further).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio

for f in (board.I2C, board.SPI, board.UART):
    print(f.__name__, type(f()).__name__, f() is f())
# the default buses' pins are taken while they are open ...
for p in (board.SCL, board.SDA, board.SCK, board.MOSI, board.MISO, board.TX, board.RX):
    try:
        digitalio.DigitalInOut(p)
    except ValueError as e:
        print(e)
# ... and free once they are deinitialized
for f in (board.I2C, board.SPI, board.UART):
    f().deinit()
for p in (board.SCL, board.SDA, board.SCK, board.MOSI, board.MISO, board.TX, board.RX):
    digitalio.DigitalInOut(p).deinit()
print("pins free")
