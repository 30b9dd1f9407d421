# Expected output in busio_release_on_error.exp: CPython has no busio module.
# A program that dies holding every kind of bus: the uncaught exception is
# reported (exit status 1) and the binary closes the buses on the way out
# (the sanitizer build would report a leak otherwise).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import busio
import digitalio

i2c = busio.I2C(board.SCL, board.SDA)
i2c.try_lock()
spi = board.SPI()
spi.try_lock()
uart = busio.UART(board.TX, board.RX, rs485_dir=board.D4, timeout=0)
uart.write(b"pending")
print("holding", i2c, spi, uart)
raise RuntimeError("Function requires lock")
