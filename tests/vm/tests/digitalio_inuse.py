# A line held by another process (digitalio_inuse.hook starts one, with
# the consumer name "other-app") cannot be claimed; the error names the
# pin. A pin this program already uses is refused too.
import board
import digitalio

try:
    digitalio.DigitalInOut(board.D17)
    print("claimed a line another process holds")
except ValueError as e:
    print("ValueError:", e)
a = digitalio.DigitalInOut(board.D12)
try:
    digitalio.DigitalInOut(board.D12)
except ValueError as e:
    print("ValueError:", e)
a.deinit()
b = digitalio.DigitalInOut(board.D12)
print("after deinit:", b.direction)
b.deinit()
