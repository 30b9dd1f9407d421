# Expected output in examples_code.exp: examples/code.py on the simulated board.
import _example

_example.run("code.py")
