# bme280: the Bosch BME280 temperature, pressure and humidity sensor on
# I2C, in the manner of Adafruit's adafruit_bme280 (written here from the
# datasheet, BST-BME280-DS002: registers in section 5, the floating-point
# compensation formulas in section 8.1).
#
#   sensor = BME280(board.I2C())          # address 0x77 (0x76: SDO low)
#   sensor.temperature                    # degrees Celsius
#   sensor.pressure                       # hPa
#   sensor.relative_humidity              # percent
#   sensor.altitude                       # metres, from sea_level_pressure
import struct
import time

from bus_device import I2CDevice
from register import ROBit, ROUnaryStruct, UnaryStruct

try:
    from micropython import const
except ImportError:
    def const(x):
        return x

_CHIP_ID = const(0x60)
_RESET_WORD = const(0xB6)

MODE_SLEEP = const(0)
MODE_FORCE = const(1)
MODE_NORMAL = const(3)

# oversampling settings (the osrs_x register values)
OVERSCAN_DISABLE = const(0)
OVERSCAN_X1 = const(1)
OVERSCAN_X2 = const(2)
OVERSCAN_X4 = const(3)
OVERSCAN_X8 = const(4)
OVERSCAN_X16 = const(5)
_OVERSAMPLING = (0, 1, 2, 4, 8, 16, 16, 16)

IIR_FILTER_DISABLE = const(0)
IIR_FILTER_X2 = const(1)
IIR_FILTER_X4 = const(2)
IIR_FILTER_X8 = const(3)
IIR_FILTER_X16 = const(4)

STANDBY_TC_0_5 = const(0)     # milliseconds between measurements in normal mode
STANDBY_TC_62_5 = const(1)
STANDBY_TC_125 = const(2)
STANDBY_TC_250 = const(3)
STANDBY_TC_500 = const(4)
STANDBY_TC_1000 = const(5)
STANDBY_TC_10 = const(6)
STANDBY_TC_20 = const(7)


class BME280:
    _chip_id = ROUnaryStruct(0xD0, "<B")
    _soft_reset = UnaryStruct(0xE0, "<B")
    _ctrl_hum = UnaryStruct(0xF2, "<B")
    _measuring = ROBit(0xF3, 3)
    _ctrl_meas = UnaryStruct(0xF4, "<B")
    _config = UnaryStruct(0xF5, "<B")

    def __init__(self, i2c, address=0x77):
        self.i2c_device = I2CDevice(i2c, address)
        chip = self._chip_id
        if chip != _CHIP_ID:
            raise RuntimeError("Failed to find BME280! Chip ID 0x%x" % chip)
        self._soft_reset = _RESET_WORD
        time.sleep(0.004)  # start-up time after a reset (datasheet: 2 ms)
        self._read_calibration()
        self.sea_level_pressure = 1013.25
        self._mode = MODE_NORMAL
        self._osrs_t = OVERSCAN_X1
        self._osrs_p = OVERSCAN_X1
        self._osrs_h = OVERSCAN_X1
        self._filter = IIR_FILTER_DISABLE
        self._standby = STANDBY_TC_125
        self._apply()
        self._t_fine = None

    # ---- configuration ----

    def _apply(self):
        # ctrl_hum takes effect only at the next ctrl_meas write; the config
        # register may be written only in sleep mode
        self._ctrl_meas = MODE_SLEEP
        self._config = (self._standby << 5) | (self._filter << 2)
        self._ctrl_hum = self._osrs_h
        self._ctrl_meas = (self._osrs_t << 5) | (self._osrs_p << 2) | self._mode
        if self._mode == MODE_NORMAL:
            time.sleep(self.measurement_time_max / 1000)  # the first result

    @property
    def measurement_time_max(self):
        """Longest time of one measurement in ms (datasheet section 9.1)."""
        t, p, h = (_OVERSAMPLING[x] for x in (self._osrs_t, self._osrs_p, self._osrs_h))
        ms = 1.25 + 2.3 * t
        if p:
            ms += 2.3 * p + 0.575
        if h:
            ms += 2.3 * h + 0.575
        return ms

    def _setting(public, name, lo, hi):  # noqa: N805 (a helper run in the class body)
        def get(self):
            return getattr(self, name)

        def set_(self, value):
            if not lo <= value <= hi:
                raise ValueError("%s must be %d-%d" % (public, lo, hi))
            setattr(self, name, value)
            self._apply()

        return property(get, set_)

    mode = _setting("mode", "_mode", 0, 3)
    overscan_temperature = _setting("overscan_temperature", "_osrs_t", 0, 5)
    overscan_pressure = _setting("overscan_pressure", "_osrs_p", 0, 5)
    overscan_humidity = _setting("overscan_humidity", "_osrs_h", 0, 5)
    iir_filter = _setting("iir_filter", "_filter", 0, 4)
    standby_period = _setting("standby_period", "_standby", 0, 7)
    del _setting

    # ---- readings ----

    def _read_calibration(self):
        buf = bytearray(26)
        with self.i2c_device as i2c:
            i2c.write_then_readinto(bytes([0x88]), buf)
        c = struct.unpack_from("<HhhHhhhhhhhh", buf, 0)
        self._t1, self._t2, self._t3 = c[0:3]
        self._p = c[3:12]
        self._h1 = buf[25]
        buf = bytearray(7)
        with self.i2c_device as i2c:
            i2c.write_then_readinto(bytes([0xE1]), buf)
        self._h2, self._h3, e4, e5, e6, self._h6 = struct.unpack("<hBbBbb", buf)
        self._h4 = (e4 << 4) | (e5 & 0x0F)  # 12-bit, signed through e4
        self._h5 = (e6 << 4) | (e5 >> 4)

    def _read_raw(self):
        """(adc_P, adc_T, adc_H) of the latest measurement; in forced mode
        it makes one and waits for it."""
        if self._mode == MODE_FORCE:
            self._ctrl_meas = (self._osrs_t << 5) | (self._osrs_p << 2) | MODE_FORCE
            deadline = time.monotonic() + 2 * self.measurement_time_max / 1000 + 0.01
            time.sleep(self.measurement_time_max / 1000)
            while self._measuring:
                if time.monotonic() > deadline:
                    raise RuntimeError("BME280 measurement timed out")
                time.sleep(0.001)
        buf = bytearray(8)
        with self.i2c_device as i2c:
            i2c.write_then_readinto(bytes([0xF7]), buf)
        adc_p = (buf[0] << 12) | (buf[1] << 4) | (buf[2] >> 4)
        adc_t = (buf[3] << 12) | (buf[4] << 4) | (buf[5] >> 4)
        adc_h = (buf[6] << 8) | buf[7]
        return adc_p, adc_t, adc_h

    def _compensate_t(self, adc_t):
        v1 = (adc_t / 16384.0 - self._t1 / 1024.0) * self._t2
        v2 = (adc_t / 131072.0 - self._t1 / 8192.0) ** 2 * self._t3
        self._t_fine = int(v1 + v2)  # t_fine is an integer in the datasheet
        return self._t_fine / 5120.0

    def _compensate_p(self, adc_p):
        p1, p2, p3, p4, p5, p6, p7, p8, p9 = self._p
        v1 = self._t_fine / 2.0 - 64000.0
        v2 = v1 * v1 * p6 / 32768.0
        v2 = v2 + v1 * p5 * 2.0
        v2 = v2 / 4.0 + p4 * 65536.0
        v1 = (p3 * v1 * v1 / 524288.0 + p2 * v1) / 524288.0
        v1 = (1.0 + v1 / 32768.0) * p1
        if v1 == 0:
            return 0.0  # avoid a division by zero (datasheet)
        p = 1048576.0 - adc_p
        p = (p - v2 / 4096.0) * 6250.0 / v1
        v1 = p9 * p * p / 2147483648.0
        v2 = p * p8 / 32768.0
        return (p + (v1 + v2 + p7) / 16.0) / 100.0  # Pa -> hPa

    def _compensate_h(self, adc_h):
        h = self._t_fine - 76800.0
        h = (adc_h - (self._h4 * 64.0 + self._h5 / 16384.0 * h)) * (
            self._h2 / 65536.0 * (1.0 + self._h6 / 67108864.0 * h * (1.0 + self._h3 / 67108864.0 * h)))
        h = h * (1.0 - self._h1 * h / 524288.0)
        return min(100.0, max(0.0, h))

    def _measure(self):
        adc_p, adc_t, adc_h = self._read_raw()
        if adc_t == 0x80000:
            raise RuntimeError("BME280 has no temperature measurement")
        return adc_p, self._compensate_t(adc_t), adc_h

    @property
    def temperature(self):
        """Degrees Celsius."""
        return self._measure()[1]

    @property
    def pressure(self):
        """Hectopascals; None when pressure measurement is off."""
        adc_p = self._measure()[0]
        return None if adc_p == 0x80000 else self._compensate_p(adc_p)

    @property
    def relative_humidity(self):
        """Percent relative humidity; None when humidity measurement is off."""
        adc_h = self._measure()[2]
        return None if adc_h == 0x8000 else self._compensate_h(adc_h)

    humidity = relative_humidity

    @property
    def altitude(self):
        """Metres above sea level, from pressure and sea_level_pressure."""
        p = self.pressure
        return 44330.0 * (1.0 - (p / self.sea_level_pressure) ** 0.1903)
