# framebuf_mono: a small 1-bit frame buffer with drawing and text, in the
# manner of MicroPython's framebuf / Adafruit's adafruit_framebuf (written
# here; only their documented method names are kept).
#
#   fb = FrameBuffer(bytearray(128 * 64 // 8), 128, 64)
#   fb.fill(0); fb.rect(0, 0, 128, 64, 1); fb.text("Hi", 4, 4, 1)
#
# The layout is the SSD1306's (MONO_VLSB): byte x + (y // 8) * width holds
# the 8 pixels of column x from row y // 8 * 8 down, bit 0 on top. So an
# OLED driver sends `buffer` as it is. Colours are 0 (dark) and 1 (lit);
# drawing outside the buffer is clipped.

# A 5x7 font of ASCII 32-126, designed for this module: 5 bytes a glyph,
# one per column (left first), bit 0 the top row. Others print as "?".
_FONT = bytes.fromhex(
    "000000000000005f00000003000300147f147f14242a7f2a12231308646236495522500000030000001c2241000041221c00"
    "14083e081408083e080800503000000808080808006060000020100804023e5149453e00427f400042615149462141454b31"
    "1814127f1027454545393c4a49493001710905033649494936064949291e0036360000005636000008142241001414141414"
    "00412214080201510906324979413e7e0909097e7f494949363e414141227f4141221c7f494949417f090909013e4149497a"
    "7f0808087f00417f41002040413f017f081422417f404040407f020c027f7f0408107f3e4141413e7f090909063e4151215e"
    "7f09192946464949493101017f01013f4040403f1f2040201f3f4038403f631408146303047804036151494543007f414100"
    "02040810200041417f0004020102044040404040000102000020545454787f484444383844444420384444487f3854545418"
    "087e0901020c5252523e7f0804047800447d40002040443d007f1028440000417f40007c041804787c080404783844444438"
    "7c14141408081414187c7c080404084854545420043f4440203c4040207c1c2040201c3c4030403c44281028440c5050503c"
    "4464544c44000836410000007f000000413608000804081008"
)
FONT_WIDTH = 5
FONT_HEIGHT = 7


class FrameBuffer:
    """width x height pixels in buf (at least width * ((height + 7) // 8)
    bytes), MONO_VLSB."""

    def __init__(self, buf, width, height):
        if len(buf) < width * ((height + 7) // 8):
            raise ValueError("buffer too small for %dx%d" % (width, height))
        self.buffer = buf
        self.width = width
        self.height = height

    def fill(self, color):
        v = 0xFF if color else 0
        buf = self.buffer
        for i in range(self.width * ((self.height + 7) // 8)):
            buf[i] = v

    def pixel(self, x, y, color=None):
        """The pixel's colour when color is None, else set it."""
        if not (0 <= x < self.width and 0 <= y < self.height):
            return None
        i = x + (y >> 3) * self.width
        bit = 1 << (y & 7)
        if color is None:
            return 1 if self.buffer[i] & bit else 0
        if color:
            self.buffer[i] |= bit
        else:
            self.buffer[i] &= ~bit & 0xFF
        return None

    def _column(self, x, y, bits, color):
        """OR (color 1) or clear (color 0) the bits of one column, bit 0 at
        row y; the bits below the buffer are cut off."""
        if not 0 <= x < self.width:
            return
        if y < 0:
            bits >>= -y
            y = 0
        while bits and y < self.height:
            i = x + (y >> 3) * self.width
            chunk = (bits << (y & 7)) & 0xFF
            if (y | 7) >= self.height:  # the last page is partial
                chunk &= (1 << (self.height - (y & ~7))) - 1
            if color:
                self.buffer[i] |= chunk
            else:
                self.buffer[i] &= ~chunk & 0xFF
            bits >>= 8 - (y & 7)
            y = (y | 7) + 1

    def vline(self, x, y, h, color):
        if h > 0:
            self._column(x, y, (1 << h) - 1, color)

    def hline(self, x, y, w, color):
        for xx in range(max(x, 0), min(x + w, self.width)):
            self.pixel(xx, y, color)

    def rect(self, x, y, w, h, color, *, fill=False):
        if fill:
            self.fill_rect(x, y, w, h, color)
            return
        if w <= 0 or h <= 0:
            return
        self.hline(x, y, w, color)
        self.hline(x, y + h - 1, w, color)
        self.vline(x, y, h, color)
        self.vline(x + w - 1, y, h, color)

    def fill_rect(self, x, y, w, h, color):
        if h > 0:
            bits = (1 << h) - 1
            for xx in range(max(x, 0), min(x + w, self.width)):
                self._column(xx, y, bits, color)

    def line(self, x0, y0, x1, y1, color):
        """Bresenham's line, both ends included."""
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx = 1 if x0 < x1 else -1
        sy = 1 if y0 < y1 else -1
        err = dx + dy
        while True:
            self.pixel(x0, y0, color)
            if x0 == x1 and y0 == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def circle(self, cx, cy, r, color):
        """The midpoint circle of radius r around (cx, cy)."""
        x, y, err = r, 0, 1 - r
        while x >= y:
            for px, py in ((x, y), (y, x), (-y, x), (-x, y), (-x, -y), (-y, -x), (y, -x), (x, -y)):
                self.pixel(cx + px, cy + py, color)
            y += 1
            if err < 0:
                err += 2 * y + 1
            else:
                x -= 1
                err += 2 * (y - x) + 1

    def text(self, string, x, y, color, *, size=1):
        """string in the 5x7 font, one blank column between characters
        (6 * size pixels a character); "\\n" starts a new line 8 * size
        pixels lower."""
        x0 = x
        for ch in string:
            if ch == "\n":
                x = x0
                y += 8 * size
                continue
            c = ord(ch)
            if not 32 <= c <= 126:
                c = ord("?")
            glyph = _FONT[(c - 32) * FONT_WIDTH:(c - 31) * FONT_WIDTH]
            for col, bits in enumerate(glyph):
                if size == 1:
                    self._column(x + col, y, bits, color)
                    continue
                for row in range(FONT_HEIGHT):
                    if bits >> row & 1:
                        self.fill_rect(x + col * size, y + row * size, size, size, color)
            x += (FONT_WIDTH + 1) * size
