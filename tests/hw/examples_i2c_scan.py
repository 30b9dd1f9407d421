# Expected output in examples_i2c_scan.exp: examples/i2c_scan.py on the simulated board.
import _example

_example.run("i2c_scan.py")
