# busio.SPI on /dev/spidev0.0: cp_spi_mock replies to every word with its
# complement (all ones where nothing is sent) and records the last
# message: one word per transfer, "bytes sent/bytes received".
import board
import busio
import vmsim


def p(name):
    return vmsim.param("cp_spi_mock", name)


spi = board.SPI()
print(spi is board.SPI())
try:
    spi.write(b"\x00")
except RuntimeError as e:
    print("RuntimeError:", e)
while not spi.try_lock():
    pass
spi.configure(baudrate=1000000, polarity=0, phase=0, bits=8)
print("frequency:", spi.frequency)
spi.write(bytes([1, 2, 3]))
print("write:", p("last_msg"), "cs", p("last_cs"), "bits", p("last_bits"), "speed", p("last_speed"),
      "mode", hex(int(p("last_mode"))))
buf = bytearray(3)
spi.readinto(buf)
print("readinto:", [hex(b) for b in buf], p("last_msg"))
spi.readinto(buf, write_value=0x5A)
print("readinto write_value:", [hex(b) for b in buf], p("last_msg"))
spi.write_readinto(bytes([0x0F, 0xF0, 0x55]), buf)
print("write_readinto:", [hex(b) for b in buf], p("last_msg"))
out = bytes([9, 8, 7, 6, 5])
big = bytearray(5)
spi.write_readinto(out, big, out_start=1, out_end=3, in_start=2, in_end=4)
print("slices:", [hex(b) for b in big], p("last_msg"))
try:
    spi.write_readinto(out, big, out_end=2, in_end=3)
except ValueError as e:
    print("ValueError:", e)

for pol in (0, 1):
    for pha in (0, 1):
        spi.configure(baudrate=250000, polarity=pol, phase=pha)
        spi.write(b"\x00")
        mode = int(p("last_mode"))
        print("polarity", pol, "phase", pha, "-> CPOL", (mode >> 1) & 1, "CPHA", mode & 1,
              "speed", p("last_speed"))

# A transaction longer than spidev's bufsiz (4096) is split into messages.
m0, b0 = int(p("msgs")), int(p("bytes"))
data = bytes(range(256)) * 40
back = bytearray(len(data))
spi.configure(baudrate=1000000)
spi.write_readinto(data, back)
print("10240 bytes:", int(p("bytes")) - b0, "bytes in", int(p("msgs")) - m0, "messages;",
      "reply ok:", all(back[i] == 255 - data[i] for i in range(len(data))))
spi.unlock()
spi.deinit()

# The second chip select: /dev/spidev0.1 (the board's spi1 bus, cs=D7).
spi1 = busio.SPI(board.D11, board.D10, board.D9)
while not spi1.try_lock():
    pass
spi1.write(b"\x42")
print("busio.SPI(D11, D10, D9): cs", p("last_cs"))
spi1.unlock()
spi1.deinit()
