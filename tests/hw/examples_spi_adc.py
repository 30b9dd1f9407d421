# Expected output in examples_spi_adc.exp: examples/spi_adc.py on the simulated board.
import _example

_example.run("spi_adc.py")
