# oled.py: draw on the SSD1306 128x64 OLED on the board's I2C bus: text, a
# frame, lines, a circle and a filled box, through lib/ssd1306.py (a driver
# in the style of adafruit_ssd1306) and lib/framebuf_mono.py (the drawing).
#
#   ./circuitpython examples/oled.py
#
# On the simulated board the display sits at 0x3C, and this program prints
# what its panel shows (sim.display_text: '#' lit, '.' dark); with
# sim.display_png(0x3C, "oled.png") you would get a picture instead.
import board
from ssd1306 import SSD1306_I2C

try:
    import sim
except ImportError:
    sim = None

oled = SSD1306_I2C(128, 64, board.I2C())
oled.fill(0)
oled.rect(0, 0, 128, 64, 1)
oled.text("circuitpython", 4, 4, 1)
oled.text("on " + board.board_id, 4, 14, 1)
oled.line(4, 24, 123, 24, 1)
oled.circle(24, 43, 14, 1)
oled.fill_rect(48, 31, 24, 24, 1)
oled.text("OK", 54, 39, 0)  # dark text on the lit box
oled.line(80, 58, 122, 30, 1)
oled.line(80, 30, 122, 58, 1)
oled.show()
print("drew on the OLED at 0x3C")

if sim:
    print(sim.display_text(0x3C))
