# Expected output in examples_oled.exp: examples/oled.py on the simulated board.
import _example

_example.run("oled.py")
