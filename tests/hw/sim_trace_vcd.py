# Expected output in sim_trace_vcd.exp: CPython has no board or sim.
# The VCD waveform of --trace (started here with sim.trace, which writes
# the same file): busio I2C transactions drawn as SCL/SDA, decoded back
# from the file the way a logic analyser would, and digitalio pin changes.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import os
import time

import board
import digitalio
import sim

path = "/tmp/sim_trace_vcd_%d.vcd" % time.monotonic_ns()  # unique: suites may run at once
sim.trace(path)
led = digitalio.DigitalInOut(board.LED)
led.switch_to_output(False)
i2c = board.I2C()
while not i2c.try_lock():
    pass
i2c.writeto(0x50, b"\x00\x5a")
buf = bytearray(1)
i2c.writeto_then_readfrom(0x50, b"\x00", buf)
try:
    i2c.writeto(0x33, b"\x01")
except OSError as e:
    print("OSError", e.errno)
for v in (True, False, True):
    led.value = v
i2c.unlock()
sim.trace(None)

with open(path) as f:
    text = f.read()
os.remove(path)
head, body = text.split("$enddefinitions $end\n")
ids = {}
for line in head.splitlines():
    w = line.split()
    if w[0] == "$var":
        ids[w[4]] = w[3]
    elif w[0] in ("$timescale", "$comment"):
        print(" ".join(w[1:-1]))
print(len(ids), ids["D2"] != ids["D3"])
sda, scl, led_id = ids["D2"], ids["D3"], ids["LED"]

changes = []  # (time, id, value)
t = 0
times_ok = True
for line in body.splitlines():
    if line.startswith("#"):
        nt = int(line[1:])
        times_ok = times_ok and nt >= t
        t = nt
    elif line and line[0] in "01":
        changes.append((t, line[1:], int(line[0])))
print("times never go back:", times_ok)

# decode I2C: S start, R repeated start, P stop, bytes in hex, + ACK, - NACK
out = []
c_scl = c_sda = 1
bits = []
frame = False
for t, i, v in changes:
    if i == sda:
        if c_scl and c_sda and not v:
            out.append("R" if frame else "S")
            frame, bits = True, []
        elif c_scl and not c_sda and v and frame:
            out.append("P")
            frame = False
        c_sda = v
    elif i == scl:
        if not c_scl and v and frame:
            bits.append(c_sda)
            if len(bits) == 9:
                byte = 0
                for b in bits[:8]:
                    byte = byte << 1 | b
                out.append("%02x%s" % (byte, "-" if bits[8] else "+"))
                bits = []
        c_scl = v
print(" ".join(out))
# the first transaction: START, address 0x50 + W acknowledged
first = out[:2]
print(first == ["S", "a0+"])
# the LED's changes, in order (after its initial value at time 0)
print([v for t, i, v in changes if i == led_id and t > 0])
