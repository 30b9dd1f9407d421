# vm: board= env=CIRCUITPY_DEVICE_TREE=/vm/dt/pi4
# Detection from the device tree (a fake one: compatible
# raspberrypi,4-model-b, model "Raspberry Pi 4 Model B Rev 1.4").
import board

print(board.board_id)
print(repr(board.SDA), repr(board.D17))
