# Expected output in board_buses.exp: CPython has no board module.
# board.I2C()/SPI()/UART() before busio exists: NotImplementedError.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board

for f in (board.I2C, board.SPI, board.UART):
    try:
        f()
    except NotImplementedError as e:
        print(f.__name__, type(e).__name__, e)
# the pins of the default buses stay free
import digitalio
for p in (board.SCL, board.SDA, board.SCK, board.MOSI, board.MISO, board.TX, board.RX):
    digitalio.DigitalInOut(p).deinit()
print("pins free")
