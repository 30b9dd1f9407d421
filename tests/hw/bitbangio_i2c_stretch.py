# Expected output in bitbangio_i2c_stretch.exp: CPython has no bitbangio.
# A simulated device with a "timeout" fault stretches the clock: after
# acknowledging its address it holds SCL low. bitbangio waits `timeout`
# microseconds for SCL, then fails with ETIMEDOUT and sends STOP; the
# device lets go and the bus works again.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import errno

import bitbangio
import board
import sim

SCL, SDA = board.D12, board.D13
TEMP = ("D12/D13", 0x18)  # as sim names it
sim.attach("mcp9808", (SCL, SDA), 0x18)
i2c = bitbangio.I2C(SCL, SDA, timeout=500)
i2c.try_lock()


def read_id():
    buf = bytearray(2)
    try:
        i2c.writeto_then_readfrom(0x18, b"\x06", buf)
        return buf.hex()
    except OSError as e:
        return "ETIMEDOUT" if e.errno == errno.ETIMEDOUT else e.errno


print(read_id())
sim.fault(TEMP, "timeout", count=1)  # the next transaction only
print(read_id())
print(sim.get_output(SCL), sim.get_output(SDA))  # the master let go
print(read_id())
sim.fault(TEMP, "timeout")  # until cleared
print(read_id(), read_id())
sim.clear_faults()
print(read_id())
for bus, addr, d, data, err in sim.transactions()[-4:]:
    print(bus, hex(addr), d, bytes(data), err == -errno.ETIMEDOUT or err == errno.ETIMEDOUT, err == 0)
