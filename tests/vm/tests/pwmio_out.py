# pwmio.PWMOut through /sys/class/pwm on cp_pwm_mock (pwmchip0), which
# records each state the PWM core applies: "period duty polarity on|off".
import os

import board
import pwmio
import vmsim


def state(ch):
    return vmsim.param("cp_pwm_mock", "state%d" % ch)


p = pwmio.PWMOut(board.D24, duty_cycle=0x8000, frequency=1000)
print(p.frequency, p.duty_cycle, "|", state(0))
print(sorted(n for n in os.listdir("/sys/class/pwm/pwmchip0") if n.startswith("pwm")))
for duty in (0, 0xFFFF, 0x4000):
    p.duty_cycle = duty
    print(hex(p.duty_cycle), "|", state(0))
try:
    p.frequency = 2000
except AttributeError as e:
    print("AttributeError:", e)
p.deinit()
print("deinit |", state(0), sorted(n for n in os.listdir("/sys/class/pwm/pwmchip0") if n.startswith("pwm")))

q = pwmio.PWMOut(board.D25, frequency=50, duty_cycle=0x1000, variable_frequency=True)
print(q.frequency, "|", state(1))
q.frequency = 100
print(q.frequency, hex(q.duty_cycle), "|", state(1))
q.deinit()
try:
    pwmio.PWMOut(board.D12)
except ValueError as e:
    print("ValueError:", e)
