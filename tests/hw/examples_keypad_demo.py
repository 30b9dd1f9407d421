# Expected output in examples_keypad_demo.exp: examples/keypad_demo.py on the simulated board.
import _example

_example.run("keypad_demo.py")
