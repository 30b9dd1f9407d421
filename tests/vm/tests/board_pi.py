# vm: board=raspberry_pi_4b
# The Raspberry Pi 4 board file on a gpio-sim chip labelled like the Pi's
# SoC controller (pinctrl-bcm2711): its pins, and its default I2C and SPI
# buses, which are /dev/i2c-1 and /dev/spidev0.0 here too (our mocks).
import board
import digitalio
import vmsim

print(board.board_id)
with digitalio.DigitalInOut(board.D17) as p:
    p.switch_to_output(True)
    print("D17:", vmsim.level(17, vmsim.PI), vmsim.debug_line(17, vmsim.PI))
    p.value = False
    print("D17:", vmsim.level(17, vmsim.PI))
vmsim.pull(27, True, vmsim.PI)
with digitalio.DigitalInOut(board.D27) as p:
    print("D27 pulled up outside:", p.value)
    p.pull = digitalio.Pull.DOWN
    print("D27 pull down:", p.value)
i2c = board.I2C()
while not i2c.try_lock():
    pass
buf = bytearray(2)
i2c.writeto_then_readfrom(0x50, b"\x80", buf)
print("I2C:", list(buf), vmsim.param("cp_i2c_mock", "last_xfer"), [hex(a) for a in i2c.scan()])
i2c.unlock()
spi = board.SPI()
while not spi.try_lock():
    pass
spi.write_readinto(b"\x01\x02", buf)
print("SPI:", list(buf), "cs", vmsim.param("cp_spi_mock", "last_cs"))
spi.unlock()
