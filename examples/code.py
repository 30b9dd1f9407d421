# code.py: the program a CircuitPython board runs at start-up.
#
# On the simulated board (the default) it blinks the LED, reads the button
# and prints what the BME280 sensor on the I2C bus measures. The sensor's
# driver is lib/bme280.py (lib/ is on the module path, as on a CIRCUITPY
# drive). Run it with:  ./circuitpython examples/code.py
import time

import board
import digitalio
from bme280 import BME280

print("Hello from circuitpython on", board.board_id)

led = digitalio.DigitalInOut(board.LED)
led.switch_to_output(value=False)
for _ in range(3):
    led.value = True
    time.sleep(0.05)
    led.value = False
    time.sleep(0.05)
print("Blinked the LED 3 times")

button = digitalio.DigitalInOut(board.BUTTON)
button.switch_to_input(pull=digitalio.Pull.UP)
print("Button pressed:", not button.value)  # pressing pulls the pin low

sensor = BME280(board.I2C())
print("Temperature: %.1f C" % sensor.temperature)
print("Pressure: %.1f hPa" % sensor.pressure)
print("Humidity: %.1f %%" % sensor.relative_humidity)
