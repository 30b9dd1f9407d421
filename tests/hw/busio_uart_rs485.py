# Expected output in busio_uart_rs485.exp: CPython has no busio module.
# UART(rs485_dir=pin): the pin is driven active around every write, idle
# otherwise; active low unless rs485_invert=True (CircuitPython's meaning).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import busio
import digitalio
import sim

for invert in (False, True):
    sim.reset()
    u = busio.UART(board.TX, board.RX, rs485_dir=board.D4, rs485_invert=invert, timeout=0)
    print("invert", invert, "idle", sim.get_output(board.D4))
    u.write(b"ab")
    u.write(b"c")
    print([v for t, v in sim.output_history(board.D4)])
    print(u.read())
    try:
        digitalio.DigitalInOut(board.D4)
    except ValueError as e:
        print("ValueError", e)
    u.deinit()
    print("released", sim.get_output(board.D4))
    digitalio.DigitalInOut(board.D4).deinit()
