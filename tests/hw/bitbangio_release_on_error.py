# Expected output in bitbangio_release_on_error.exp: CPython has no
# bitbangio. A program that dies holding bit-banged buses and their locks:
# the uncaught exception is reported and the binary releases every pin on
# the way out (exit status 1).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import bitbangio
import board
import sim

sim.attach("24c02", (board.D12, board.D13), 0x50)
i2c = bitbangio.I2C(board.D12, board.D13)
spi = bitbangio.SPI(board.D16, board.D20, board.D19)
i2c.try_lock()
spi.try_lock()


def failing_read():
    buf = bytearray(4)
    i2c.writeto_then_readfrom(0x50, b"\x00", buf)
    raise OSError(5, "Input/output error")


try:
    failing_read()
except OSError as e:
    print("caught", e)
# an exception does not release anything by itself: the pins stay claimed
try:
    bitbangio.I2C(board.D12, board.D13)
except ValueError as e:
    print(e)
print("holding", board.D12, board.D16)
raise RuntimeError("No pull up found on SDA or SCL; check your wiring")
