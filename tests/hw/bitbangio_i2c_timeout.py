# Expected output in bitbangio_i2c_timeout.exp: CPython has no bitbangio.
# Clock stretching: something holding SCL low longer than `timeout`
# microseconds makes a transfer fail with ETIMEDOUT; once SCL is let go
# the bus works again. A stuck SDA (low) is a bus error (EIO): no START.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import errno
import time

import bitbangio
import board
import sim

sim.set_input(board.D12, True)
sim.set_input(board.D13, True)
i2c = bitbangio.I2C(board.D12, board.D13, timeout=1000)
i2c.try_lock()


def attempt(f):
    try:
        print("ok", f())
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ETIMEDOUT, e.errno == errno.EIO, e.errno == errno.ENODEV)


sim.set_input(board.D12, False)  # SCL stuck low
t0 = time.monotonic_ns()
attempt(lambda: i2c.writeto(0x40, b"\x00"))
# at least the timeout (1 ms); a stuck line does not hang the program
print(1000000 <= time.monotonic_ns() - t0 < 2000000000)
attempt(lambda: i2c.readfrom_into(0x40, bytearray(1)))
attempt(lambda: i2c.probe(0x40))
attempt(lambda: i2c.scan())
sim.set_input(board.D12, True)  # released
attempt(lambda: i2c.probe(0x40))
attempt(lambda: i2c.writeto(0x40, b"\x00"))

sim.set_input(board.D13, False)  # SDA stuck low
attempt(lambda: i2c.writeto(0x40, b"\x00"))
attempt(lambda: i2c.probe(0x40))
attempt(lambda: i2c.scan())
sim.set_input(board.D13, True)
attempt(lambda: i2c.scan())
i2c.deinit()
# the master leaves both lines released whatever happened
print(sim.get_output(board.D12), sim.get_output(board.D13))
