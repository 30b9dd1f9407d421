# bus_device: share a busio bus between device drivers, in the manner of
# Adafruit's adafruit_bus_device (written here from its documented API).
#
#   I2CDevice(i2c, device_address, probe=True)
#   SPIDevice(spi, chip_select=None, *, cs_active_value=False,
#             baudrate=100000, polarity=0, phase=0, extra_clocks=0)
#
# A device is used inside `with device as bus:`, which holds the bus lock
# (and, for SPI, configures the bus and asserts chip select) for the block.
import time


def _lock(bus):
    # Another user holds the lock only for the length of its own `with`
    # block; on a single thread we never get here while it does.
    while not bus.try_lock():
        time.sleep(0)


class I2CDevice:
    """One device at one address on an I2C bus."""

    def __init__(self, i2c, device_address, probe=True):
        self.i2c = i2c
        self.device_address = device_address
        if probe:
            self._probe()

    def _probe(self):
        with self:
            try:
                self.i2c.writeto(self.device_address, b"")
            except OSError:
                # some devices refuse a zero-length write: try a read
                try:
                    self.i2c.readfrom_into(self.device_address, bytearray(1))
                except OSError:
                    raise ValueError("No I2C device at address: 0x%x" % self.device_address) from None

    def readinto(self, buf, *, start=0, end=None):
        if end is None:
            end = len(buf)
        self.i2c.readfrom_into(self.device_address, buf, start=start, end=end)

    def write(self, buf, *, start=0, end=None):
        if end is None:
            end = len(buf)
        self.i2c.writeto(self.device_address, buf, start=start, end=end)

    def write_then_readinto(self, out_buffer, in_buffer, *, out_start=0, out_end=None, in_start=0, in_end=None):
        if out_end is None:
            out_end = len(out_buffer)
        if in_end is None:
            in_end = len(in_buffer)
        self.i2c.writeto_then_readfrom(
            self.device_address, out_buffer, in_buffer,
            out_start=out_start, out_end=out_end, in_start=in_start, in_end=in_end)

    def __enter__(self):
        _lock(self.i2c)
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.i2c.unlock()
        return False


class SPIDevice:
    """One device on an SPI bus, selected by its chip-select DigitalInOut."""

    def __init__(self, spi, chip_select=None, *, cs_active_value=False, baudrate=100000, polarity=0, phase=0,
                 extra_clocks=0):
        self.spi = spi
        self.chip_select = chip_select
        self.cs_active_value = cs_active_value
        self.baudrate = baudrate
        self.polarity = polarity
        self.phase = phase
        self.extra_clocks = extra_clocks
        if chip_select is not None:
            chip_select.switch_to_output(value=not cs_active_value)

    def __enter__(self):
        _lock(self.spi)
        self.spi.configure(baudrate=self.baudrate, polarity=self.polarity, phase=self.phase)
        if self.chip_select is not None:
            self.chip_select.value = self.cs_active_value
        return self.spi

    def __exit__(self, exc_type, exc_value, traceback):
        if self.chip_select is not None:
            self.chip_select.value = not self.cs_active_value
        if self.extra_clocks > 0:
            clocks = bytearray((self.extra_clocks + 7) // 8)
            for i in range(len(clocks)):
                clocks[i] = 0xFF
            self.spi.write(clocks)
        self.spi.unlock()
        return False
