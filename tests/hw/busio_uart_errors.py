# Expected output in busio_uart_errors.exp: CPython has no busio module.
# Every documented misuse of busio.UART and its exact message.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import busio
import digitalio


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: busio.UART())
attempt(lambda: busio.UART(None, None))
attempt(lambda: busio.UART(14, board.RX))
attempt(lambda: busio.UART(board.TX, "RX"))
attempt(lambda: busio.UART(board.TX, board.TX))
attempt(lambda: busio.UART(board.RX, board.TX))
attempt(lambda: busio.UART(board.D4, board.D5))
attempt(lambda: busio.UART(board.TX, board.RX, rts=board.D4))
attempt(lambda: busio.UART(board.TX, board.RX, rs485_dir=board.RX))
for bits in (4, 10):
    attempt(lambda: busio.UART(board.TX, board.RX, bits=bits))
attempt(lambda: busio.UART(board.TX, board.RX, stop=0))
attempt(lambda: busio.UART(board.TX, board.RX, stop=3))
attempt(lambda: busio.UART(board.TX, board.RX, timeout=-1))
attempt(lambda: busio.UART(board.TX, board.RX, timeout=101))
attempt(lambda: busio.UART(board.TX, board.RX, timeout="1"))
attempt(lambda: busio.UART(board.TX, board.RX, receiver_buffer_size=0))
attempt(lambda: busio.UART(board.TX, board.RX, baudrate=0))
attempt(lambda: busio.UART(board.TX, board.RX, parity=1))
attempt(lambda: busio.UART(board.TX, board.RX, 9600))
held = digitalio.DigitalInOut(board.RX)
attempt(lambda: busio.UART(board.TX, board.RX))
attempt(lambda: busio.UART(board.TX, board.RX, bits=4))  # in use comes first
held.deinit()
for p in (board.TX, board.RX):
    digitalio.DigitalInOut(p).deinit()
print("pins free")

# one direction each: the other end is missing
tx = busio.UART(board.TX, timeout=0)
attempt(lambda: tx.read(1))
attempt(lambda: tx.readinto(bytearray(1)))
attempt(lambda: tx.readline())
print(tx.write(b"abc"))
# the receiving half of the same UART is another user of the same peripheral
attempt(lambda: busio.UART(rx=board.RX))
tx.deinit()
rx = busio.UART(rx=board.RX, timeout=0)
attempt(lambda: rx.write(b"x"))
print(rx.read(1), rx.readline(), rx.readinto(bytearray(2)))
attempt(lambda: rx.write("text"))

# properties
attempt(lambda: setattr(rx, "timeout", 100.5))
print(rx.timeout)
attempt(lambda: setattr(rx, "timeout", 101))
attempt(lambda: setattr(rx, "timeout", -1))
attempt(lambda: setattr(rx, "baudrate", 0))
attempt(lambda: setattr(rx, "in_waiting", 1))
attempt(lambda: rx.readinto(b"ro"))
rx.deinit()
for name, call in (
    ("read", lambda: rx.read()),
    ("readinto", lambda: rx.readinto(bytearray(1))),
    ("readline", lambda: rx.readline()),
    ("write", lambda: rx.write(b"x")),
    ("reset_input_buffer", lambda: rx.reset_input_buffer()),
    ("baudrate", lambda: rx.baudrate),
    ("set baudrate", lambda: setattr(rx, "baudrate", 9600)),
    ("in_waiting", lambda: rx.in_waiting),
    ("timeout", lambda: rx.timeout),
    ("set timeout", lambda: setattr(rx, "timeout", 1)),
):
    print(name, end=": ")
    attempt(call)
