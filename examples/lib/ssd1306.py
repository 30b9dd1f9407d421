# ssd1306: a monochrome OLED on I2C with the Solomon Systech SSD1306
# controller (128x64 or 128x32), in the manner of Adafruit's
# adafruit_ssd1306 (written here from the datasheet, rev 1.1: commands in
# section 9, the charge pump in its application note).
#
#   oled = SSD1306_I2C(128, 64, board.I2C())   # address 0x3C (or 0x3D)
#   oled.fill(0); oled.text("Hello", 0, 0, 1); oled.show()
#
# Drawing goes to a frame buffer here (framebuf_mono.FrameBuffer, whose
# byte layout is the controller's GDDRAM); show() sends all of it.
from bus_device import I2CDevice
from framebuf_mono import FrameBuffer

_CONTRAST = 0x81
_ENTIRE_ON = 0xA4  # +1: all pixels on, whatever RAM holds
_NORM_INV = 0xA6  # +1: inverted
_DISP_OFF = 0xAE  # +1: on
_MEM_MODE = 0x20
_COL_ADDR = 0x21
_PAGE_ADDR = 0x22
_START_LINE = 0x40
_SEG_REMAP = 0xA0
_MUX_RATIO = 0xA8
_COM_SCAN_DEC = 0xC8
_DISP_OFFSET = 0xD3
_COM_PINS = 0xDA
_CLOCK_DIV = 0xD5
_PRECHARGE = 0xD9
_VCOM_DESEL = 0xDB
_CHARGE_PUMP = 0x8D


class SSD1306_I2C(FrameBuffer):
    def __init__(self, width, height, i2c, *, addr=0x3C, external_vcc=False):
        self.i2c_device = I2CDevice(i2c, addr)
        self.external_vcc = external_vcc
        pages = height // 8
        # one more byte in front: the data control byte, so show() sends
        # the buffer in one write without copying it
        self._data = bytearray(1 + width * pages)
        self._data[0] = 0x40  # Co = 0, D/C# = 1: display data follows
        super().__init__(memoryview(self._data)[1:], width, height)
        self.pages = pages
        self.init_display()

    def write_cmd(self, *cmds):
        """Commands (and their parameters) in one message: control byte 0x00
        (Co = 0, D/C# = 0), then every byte is a command byte."""
        with self.i2c_device as dev:
            dev.write(bytes((0x00,) + cmds))

    def init_display(self):
        self.write_cmd(
            _DISP_OFF,
            _MEM_MODE, 0x00,  # horizontal addressing
            _START_LINE | 0,
            _SEG_REMAP | 1,  # column 127 is SEG0: column 0 on the left
            _MUX_RATIO, self.height - 1,
            _COM_SCAN_DEC,  # row 0 at the top
            _DISP_OFFSET, 0,
            _COM_PINS, 0x12 if self.height == 64 else 0x02,
            _CLOCK_DIV, 0x80,
            _PRECHARGE, 0x22 if self.external_vcc else 0xF1,
            _VCOM_DESEL, 0x30,
            _CONTRAST, 0xFF,
            _ENTIRE_ON,  # follow RAM
            _NORM_INV,
            _CHARGE_PUMP, 0x10 if self.external_vcc else 0x14,
        )
        self.fill(0)
        self.show()
        self.poweron()

    def poweroff(self):
        self.write_cmd(_DISP_OFF)

    def poweron(self):
        self.write_cmd(_DISP_OFF | 1)

    def contrast(self, value):
        self.write_cmd(_CONTRAST, value & 0xFF)

    def invert(self, invert):
        self.write_cmd(_NORM_INV | (1 if invert else 0))

    def show(self):
        """Send the whole frame buffer: the window is every column and page,
        so the controller's pointers wrap back to the start."""
        self.write_cmd(_COL_ADDR, 0, self.width - 1, _PAGE_ADDR, 0, self.pages - 1)
        with self.i2c_device as dev:
            dev.write(self._data)
