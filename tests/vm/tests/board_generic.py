# vm: board=
# With no board given and no device tree, the board is built from the
# gpiochips the kernel has: pins named by line names where they are
# unique (VM_LED, GPIO17, ...), else by <chip label>_<line>.
import board
import digitalio
import microcontroller
import vmsim

print(board.board_id)
names = dir(board)
print([n for n in ("VM_LED", "VM_BUTTON", "VM_IN", "VM_OUT", "ID_SDA", "GPIO17", "SPI_CE0_N") if n in names])
print(repr(board.VM_LED))
with digitalio.DigitalInOut(board.VM_LED) as led:
    led.switch_to_output(True)
    print("VM_LED drives line 0:", vmsim.level(0))
with digitalio.DigitalInOut(board.GPIO17) as p:
    p.switch_to_output(True)
    print("GPIO17 drives pinctrl-bcm2711 line 17:", vmsim.level(17, vmsim.PI))
pins = [n for n in dir(microcontroller.pin) if not n.startswith("_")]
print(len(pins), "pins")
