# Expected output in pwmio_errors.exp: CPython has no pwmio module.
# Every documented PWMOut misuse and its CircuitPython message.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio
import pwmio


def attempt(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: pwmio.PWMOut(board.D4))  # no PWM on D4
attempt(lambda: pwmio.PWMOut(4))
attempt(lambda: pwmio.PWMOut())
attempt(lambda: pwmio.PWMOut(board.D12, 100))  # duty_cycle is keyword-only
attempt(lambda: pwmio.PWMOut(board.D12, bogus=1))
attempt(lambda: pwmio.PWMOut(board.D12, duty_cycle=65536))
attempt(lambda: pwmio.PWMOut(board.D12, duty_cycle=-1))
attempt(lambda: pwmio.PWMOut(board.D12, frequency=0))
attempt(lambda: pwmio.PWMOut(board.D12, frequency=-5))
attempt(lambda: pwmio.PWMOut(board.D12, frequency=50000000))  # beyond the sim's timer
attempt(lambda: pwmio.PWMOut(board.D12, frequency=2000000000))
# nothing stayed claimed after those
pwmio.PWMOut(board.D12).deinit()
d = digitalio.DigitalInOut(board.D12)
attempt(lambda: pwmio.PWMOut(board.D12))
d.deinit()

p = pwmio.PWMOut(board.D12, frequency=1000)
attempt(lambda: pwmio.PWMOut(board.D12))
attempt(lambda: digitalio.DigitalInOut(board.D12))
attempt(lambda: setattr(p, "frequency", 2000))
attempt(lambda: setattr(p, "duty_cycle", 65536))
attempt(lambda: setattr(p, "duty_cycle", -1))
attempt(lambda: setattr(p, "duty_cycle", "x"))
# D13 shares D12's timer: another frequency, or a variable one, conflicts
attempt(lambda: pwmio.PWMOut(board.D13, frequency=2000))
attempt(lambda: pwmio.PWMOut(board.D13, frequency=1000, variable_frequency=True))
attempt(lambda: pwmio.PWMOut(board.D13))  # the default 500 Hz
pwmio.PWMOut(board.D13, frequency=1000).deinit()
print(p.frequency)
p.deinit()
v = pwmio.PWMOut(board.D18, variable_frequency=True)
attempt(lambda: pwmio.PWMOut(board.D19))
attempt(lambda: setattr(v, "frequency", 0))
attempt(lambda: setattr(v, "frequency", 50000000))
print(v.frequency)
v.deinit()
# use after deinit
for f in (lambda: p.duty_cycle, lambda: setattr(p, "duty_cycle", 1), lambda: p.frequency,
          lambda: setattr(p, "frequency", 1), lambda: p.deinit()):
    attempt(f)
