# busio.UART on a pseudo-terminal with a loopback plug (busio_uart.hook):
# what is written comes back; reads honour the timeout.
import time

import board
import busio

uart = board.UART()
print(uart is board.UART(), uart.baudrate, uart.timeout)
print("nothing to read:", uart.read(4), uart.in_waiting)
print("wrote", uart.write(b"hello\nworld\n"))
time.sleep(0.1)
print("in_waiting:", uart.in_waiting)
print(uart.readline())
print(uart.read(3), uart.read())
uart.write(b"0123456789")
time.sleep(0.1)
buf = bytearray(4)
print(uart.readinto(buf), buf)
uart.reset_input_buffer()
print("after reset_input_buffer:", uart.in_waiting)
uart.baudrate = 115200
uart.timeout = 0.2
t0 = time.monotonic()
print(uart.read(1), "after", round(time.monotonic() - t0, 1), "s")
uart.deinit()

u = busio.UART(board.D22, board.D23, baudrate=57600, bits=7, parity=busio.UART.Parity.EVEN, stop=2, timeout=0.1)
u.write(b"\x41")
time.sleep(0.05)
print("7E2:", u.read(1))
u.deinit()
try:
    busio.UART(None, None)
except ValueError as e:
    print("ValueError:", e)
