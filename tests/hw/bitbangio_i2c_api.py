# Expected output in bitbangio_i2c_api.exp: CPython has no bitbangio.
# bitbangio.I2C without devices: construction, the lock, argument checks,
# deinit and the context manager. The lines get their pull-ups from
# sim.set_input (an outside level the board's open drain still overrides).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
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


print(sorted(n for n in dir(bitbangio) if not n.startswith("_")))
print(sorted(n for n in dir(bitbangio.I2C) if not n.startswith("_")))

# no pull-ups: the constructor sees both lines low and gives the pins back
attempt(lambda: bitbangio.I2C(board.D12, board.D13))
sim.set_input(board.D12, True)
attempt(lambda: bitbangio.I2C(board.D12, board.D13))
sim.set_input(board.D13, True)

# argument checks
attempt(lambda: bitbangio.I2C(12, board.D13))
attempt(lambda: bitbangio.I2C(board.D12, None))
attempt(lambda: bitbangio.I2C(board.D12, board.D13, frequency=0))
attempt(lambda: bitbangio.I2C(board.D12, board.D13, timeout=-1))
attempt(lambda: bitbangio.I2C(board.D12, board.D13, 100000))
attempt(lambda: bitbangio.I2C(board.D12, board.D12))

i2c = bitbangio.I2C(board.D12, board.D13, frequency=100000)
print(i2c, i2c.frequency)
# the lines are released open-drain outputs: the board drives nothing
print(sim.get_output(board.D12), sim.get_output(board.D13))
attempt(lambda: bitbangio.I2C(board.D12, board.D14))
attempt(lambda: digitalio.DigitalInOut(board.D13))

# everything that moves bits needs the lock
for name, f in (
    ("scan", lambda: i2c.scan()),
    ("probe", lambda: i2c.probe(0x40)),
    ("writeto", lambda: i2c.writeto(0x40, b"x")),
    ("readfrom_into", lambda: i2c.readfrom_into(0x40, bytearray(1))),
    ("writeto_then_readfrom", lambda: i2c.writeto_then_readfrom(0x40, b"x", bytearray(1))),
):
    print(name, end=" ")
    attempt(f)
print(i2c.try_lock(), i2c.try_lock())
i2c.unlock()
i2c.unlock()  # unlocking twice is fine
print(i2c.try_lock())

# nobody answers: scan is empty, probe False, transfers ENODEV
print(i2c.scan(), i2c.probe(0x40))
attempt(lambda: i2c.writeto(0x40, b"\x01\x02"))
attempt(lambda: i2c.writeto(0x40, b""))
attempt(lambda: i2c.readfrom_into(0x40, bytearray(2)))
attempt(lambda: i2c.writeto_then_readfrom(0x40, b"\x01", bytearray(2)))
# argument checks of the transfers
attempt(lambda: i2c.probe(0x80))
attempt(lambda: i2c.probe(-1))
attempt(lambda: i2c.writeto(0x40, 5))
attempt(lambda: i2c.readfrom_into(0x40, b"ro"))
attempt(lambda: i2c.readfrom_into(0x40, bytearray(0)))
attempt(lambda: i2c.readfrom_into(0x40, bytearray(4), start=2, end=2))
attempt(lambda: i2c.writeto_then_readfrom(0x40, b"", bytearray(0)))
attempt(lambda: i2c.writeto(0x40, b"abc", 1))
attempt(lambda: i2c.writeto(address=0x40, buffer=b"abc", start=1, end=-1))
# the bus is left idle after every failure
print(sim.get_output(board.D12), sim.get_output(board.D13))

# deinit: the pins are free again, and every use raises
i2c.deinit()
i2c.deinit()
d = digitalio.DigitalInOut(board.D13)
d.deinit()
for name in ("scan", "try_lock", "unlock"):
    print(name, end=" ")
    attempt(getattr(i2c, name))
attempt(lambda: i2c.probe(0x40))
attempt(lambda: i2c.writeto(0x40, b"x"))
attempt(lambda: i2c.frequency)

# with: deinit on exit, also after an exception inside
with bitbangio.I2C(board.D12, board.D13) as i2c:
    print(type(i2c).__name__, i2c.try_lock())
attempt(lambda: i2c.scan())
try:
    with bitbangio.I2C(board.D12, board.D13) as i2c:
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e)
i2c = bitbangio.I2C(board.D12, board.D13)
print("pins free again")
