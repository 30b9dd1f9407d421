# Expected output in busio_uart_basic.exp: CPython has no busio module.
# busio.UART on the simulated board, whose TX is wired to its RX.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import array
import board
import busio
import time

uart = busio.UART(board.TX, board.RX, baudrate=115200, timeout=0.05, receiver_buffer_size=256)
print(uart.baudrate, uart.timeout, uart.in_waiting)
print(busio.UART.Parity.ODD, busio.UART.Parity.EVEN, repr(uart.Parity.ODD))
print(uart.Parity.ODD is busio.UART.Parity.ODD, uart.Parity.ODD == uart.Parity.EVEN)

print(uart.write(b"hello\nworld\n"))
print(uart.in_waiting)
print(uart.readline(), uart.in_waiting)
print(uart.read(3), uart.read(100))      # at most nbytes; what came
print(uart.read(), uart.readline())      # nothing: None
print(uart.read(0))
print(uart.write(b""))

# readinto: any writable buffer; None when nothing came
buf = bytearray(4)
uart.write(b"abcdef")
print(uart.readinto(buf), buf)
print(uart.readinto(buf), buf)
print(uart.readinto(buf))
arr = array.array("B", [0, 0])
uart.write(memoryview(b"xyz")[1:])
print(uart.readinto(arr), list(arr))

# read() with no size takes everything until a timeout
uart.write(bytes(range(200)))
data = uart.read()
print(len(data), data[:3], data[-1])

# a line without its newline ends at the timeout
uart.write(b"partial")
print(uart.readline())

# reset_input_buffer drops what is waiting
uart.write(b"stale")
print(uart.in_waiting)
uart.reset_input_buffer()
print(uart.in_waiting, uart.read(1))

# the timeout is how long a read waits for a byte that never comes
uart.timeout = 0
print(uart.timeout)
t0 = time.monotonic()
print(uart.read(1), time.monotonic() - t0 < 0.04)
uart.timeout = 0.1
t0 = time.monotonic()
print(uart.read(1), time.monotonic() - t0 >= 0.09)

# baudrate and word size
uart.baudrate = 9600
print(uart.baudrate)
uart.deinit()
seven = busio.UART(board.TX, board.RX, bits=7, parity=busio.UART.Parity.EVEN, stop=2, timeout=0)
seven.write(b"\xff\x41")
print(seven.read(2))  # the eighth bit is not sent
seven.deinit()

# a small receive buffer keeps the first bytes
small = busio.UART(board.TX, board.RX, receiver_buffer_size=4, timeout=0)
small.write(b"0123456789")
print(small.in_waiting, small.read())
small.deinit()

with busio.UART(board.TX, board.RX, timeout=0) as u:
    u.write(b"ctx")
    print(u.read())
print("done")
