# The I2C mocks through busybox's i2c tools: cp_i2c_mock (/dev/i2c-1) takes
# plain I2C transfers (a repeated-start read is one transfer of two
# messages) and NACKs other addresses; i2c-stub (/dev/i2c-0) is SMBus only.
# Registers 0x60-0x6f of both are this test's own.
i2cdetect -y 1 | grep -v '^[0-9a-f]0:[ -]*$'
i2ctransfer -y 1 w5@0x50 0x60 0xa0 0xa1 0xa2 0xa3
echo "last_xfer: $(cat /sys/module/cp_i2c_mock/parameters/last_xfer)"
i2ctransfer -y 1 w1@0x50 0x60 r4
echo "last_xfer: $(cat /sys/module/cp_i2c_mock/parameters/last_xfer)"
i2ctransfer -y 1 w1@0x50 0x61 r2
i2ctransfer -y 1 w1@0x51 0x00 2>&1 || echo "NACK at 0x51"
i2cset -y 0 0x1c 0x60 0x00
i2cget -y 0 0x1c 0x60
i2cset -y 0 0x1c 0x60 0x55
i2cget -y 0 0x1c 0x60
i2ctransfer -y 0 w1@0x1c 0x60 r1 2>&1 || echo "i2c-stub refuses plain I2C"
