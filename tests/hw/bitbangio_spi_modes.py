# Expected output in bitbangio_spi_modes.exp: CPython has no bitbangio.
# The waveform of bitbangio.SPI in modes 0-3, read back from the
# simulator's output history: the clock idles at `polarity`, data goes
# MSB first, and MOSI is stable at every sampling edge (leading edge for
# phase 0, trailing edge for phase 1).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import bitbangio
import board
import sim

SCK, MOSI = board.D16, board.D20


def level_at(history, t, start):
    """The level of a line at time t, from its changes."""
    v = start
    for when, level in history:
        if when > t:
            break
        v = level
    return v


def decode(polarity, phase, mosi_start, nbits):
    clock = sim.output_history(SCK)
    data = sim.output_history(MOSI)
    sample_rising = polarity == phase
    bits = [level_at(data, t, mosi_start) for t, v in clock if v == sample_rising]
    words = []
    for i in range(0, len(bits) - nbits + 1, nbits):
        w = 0
        for b in bits[i:i + nbits]:
            w = w << 1 | b
        words.append(w)
    return len(clock), words


spi = bitbangio.SPI(SCK, MOSI)
spi.try_lock()
for mode in range(4):
    pol, pha = mode >> 1, mode & 1
    spi.configure(baudrate=1000000, polarity=pol, phase=pha)
    start = sim.get_output(MOSI)
    sim.reset()
    spi.write(b"\xa5\x3c\x01")
    edges, words = decode(pol, pha, start, 8)
    print(mode, edges, [hex(w) for w in words], sim.get_output(SCK) == bool(pol))
spi.configure(polarity=0, phase=0, bits=9)
start = sim.get_output(MOSI)
sim.reset()
spi.write(b"\x5a\x01\x01\x00")
edges, words = decode(0, 0, start, 9)
print("9 bits", edges, [hex(w) for w in words])
spi.deinit()
