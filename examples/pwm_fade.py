# Fade the LED in and out with PWM, as CircuitPython's PWMOut examples do.
# On the simulated board, the sim module (when there is one) shows what
# the PWM channel puts out; on real hardware use a pin with a `pwm` line
# in its board file (board.D12, D13, D18 or D19 on a Raspberry Pi).
import time

import board
import pwmio

try:
    import sim
except ImportError:
    sim = None

led = pwmio.PWMOut(board.LED, frequency=1000, duty_cycle=0)
steps = list(range(0, 65536, 8192)) + [65535]
for duty in steps + steps[::-1]:
    led.duty_cycle = duty
    if sim:
        duty_out, hz = sim.get_pwm(board.LED)
        print("duty %5d  %3d%%  %d Hz" % (duty_out, round(duty_out * 100 / 65535), hz))
    time.sleep(0.05)
led.deinit()
