# Expected output in pwmio_basic.exp: CPython has no pwmio module.
# PWMOut: defaults, duty cycle, fixed and variable frequency as the sim
# board's PWM channels see them (sim.get_pwm gives (duty_cycle, frequency)).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import pwmio
import sim

p = pwmio.PWMOut(board.D12)
print(type(p).__name__, p.duty_cycle, p.frequency, sim.get_pwm(board.D12))
for duty in (0x7FFF, 0xFFFF, 1, 0, 32768):
    p.duty_cycle = duty
    print(duty, p.duty_cycle, sim.get_pwm(board.D12))
p.deinit()
print(sim.get_pwm(board.D12))

# duty_cycle and frequency at construction; frequencies are whole ns periods
q = pwmio.PWMOut(board.LED, duty_cycle=2**15, frequency=50)
print(q.duty_cycle, q.frequency, sim.get_pwm(board.LED))
q.deinit()
q = pwmio.PWMOut(board.LED, frequency=3000000, duty_cycle=1000)
print(q.duty_cycle, q.frequency, sim.get_pwm(board.LED))
q.deinit()

# variable frequency keeps the duty fraction
v = pwmio.PWMOut(board.D18, duty_cycle=2**14, frequency=440, variable_frequency=True)
print(v.frequency, v.duty_cycle, sim.get_pwm(board.D18))
for f in (880, 1, 1000000):
    v.frequency = f
    print(v.frequency, v.duty_cycle, sim.get_pwm(board.D18))
v.deinit()

# with
with pwmio.PWMOut(board.D19, duty_cycle=100) as w:
    print(sim.get_pwm(board.D19))
print(sim.get_pwm(board.D19))

# channels of one group at the same frequency may run together
a = pwmio.PWMOut(board.D12, frequency=1000, duty_cycle=1)
b = pwmio.PWMOut(board.D13, frequency=1000, duty_cycle=2)
print(sim.get_pwm(board.D12), sim.get_pwm(board.D13))
a.deinit()
b.deinit()
# a variable-frequency output alone in its group
a = pwmio.PWMOut(board.D12, frequency=1000, variable_frequency=True)
a.frequency = 2000
print(sim.get_pwm(board.D12))
a.deinit()
# outputs of different groups are independent
a = pwmio.PWMOut(board.D12, frequency=100)
b = pwmio.PWMOut(board.D18, frequency=200)
c = pwmio.PWMOut(board.LED, frequency=300)
print(a.frequency, b.frequency, c.frequency)
for o in (a, b, c):
    o.deinit()
print(sorted(n for n in dir(pwmio) if not n.startswith("_")))
