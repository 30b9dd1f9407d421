# analogio on cp_iio_mock (IIO device "cp-adc-mock"): the ADC reads the
# mock's adc0 parameter (12 bits, 3300 mV full scale) scaled to 0..65535;
# the DAC's writes land in its dac0 parameter.
import analogio
import board
import vmsim

ADC0 = "/sys/module/cp_iio_mock/parameters/adc0"
a = analogio.AnalogIn(board.D26)
print("reference_voltage:", round(a.reference_voltage, 3))
for raw in (0, 1, 2048, 4095):
    vmsim.write(ADC0, str(raw))
    print("raw", raw, "->", a.value)
a.deinit()
d = analogio.AnalogOut(board.D27)
for v in (0, 32768, 65535, 1000):
    d.value = v
    print("value", v, "-> raw", vmsim.param("cp_iio_mock", "dac0"))
d.deinit()
try:
    analogio.AnalogIn(board.D12)
except ValueError as e:
    print("ValueError:", e)
