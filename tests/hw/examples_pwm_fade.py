# Expected output in examples_pwm_fade.exp: examples/pwm_fade.py on the simulated board.
import _example

_example.run("pwm_fade.py")
