// SPDX-License-Identifier: GPL-2.0
/*
 * cp_i2c_mock: an I2C adapter for circuitpython's VM tests.
 *
 * i2c-stub only speaks SMBus (I2C_RDWR fails with EOPNOTSUPP), so this
 * adapter takes plain I2C transfers. One device answers at `addr`
 * (default 0x50): a 256-byte register file with an auto-incrementing
 * pointer, like a 24C02 EEPROM. A write sets the pointer from its first
 * byte and stores the rest; a read returns bytes from the pointer. A
 * zero-length message (SMBus quick, i2cdetect's probe) is acknowledged.
 * Any other address is not acknowledged: the transfer fails with -ENXIO,
 * as most bus drivers report an address NACK.
 *
 * Registers start as regs[i] == i. The adapter is registered as bus `nr`
 * (default 1, so /dev/i2c-1 as on a Raspberry Pi).
 *
 * What the last transfer looked like is readable for the tests:
 *   /sys/module/cp_i2c_mock/parameters/last_xfer   e.g. "w50:10 r50:4"
 *     (one word per message of the last master_xfer call: w/r, address,
 *     then the bytes written or the length read; all messages of one call
 *     were sent with repeated starts and one stop)
 *   /sys/module/cp_i2c_mock/parameters/xfers       number of calls
 */
#include <linux/i2c.h>
#include <linux/kernel.h>
#include <linux/module.h>

static unsigned short addr = 0x50;
module_param(addr, ushort, 0444);
MODULE_PARM_DESC(addr, "7-bit address of the register-file device");

static int nr = 1;
module_param(nr, int, 0444);
MODULE_PARM_DESC(nr, "I2C bus number to register (/dev/i2c-NR)");

static char last_xfer[512];
module_param_string(last_xfer, last_xfer, sizeof(last_xfer), 0444);

static unsigned int xfers;
module_param(xfers, uint, 0444);

/* The adapter's bus lock serialises master_xfer: no lock of our own. */
static u8 regs[256];
static u8 ptr;

/* Appends to last_xfer; output past its end is silently cut. */
static void log_msg(size_t *pos, const struct i2c_msg *m)
{
	size_t size = sizeof(last_xfer);
	int i;

	if (*pos >= size - 1)
		return;
	*pos += scnprintf(last_xfer + *pos, size - *pos, "%s%c%02x:",
			  *pos ? " " : "", m->flags & I2C_M_RD ? 'r' : 'w',
			  m->addr);
	if (m->flags & I2C_M_RD) {
		*pos += scnprintf(last_xfer + *pos, size - *pos, "%u", m->len);
		return;
	}
	for (i = 0; i < m->len && i < 32; i++)
		*pos += scnprintf(last_xfer + *pos, size - *pos, "%02x",
				  m->buf[i]);
	if (m->len > 32)
		*pos += scnprintf(last_xfer + *pos, size - *pos, "..");
}

static void do_msg(struct i2c_msg *m)
{
	int i = 0;

	if (m->flags & I2C_M_RD) {
		for (i = 0; i < m->len; i++)
			m->buf[i] = regs[ptr++];
		return;
	}
	if (m->len == 0)
		return;
	ptr = m->buf[0];
	for (i = 1; i < m->len; i++)
		regs[ptr++] = m->buf[i];
}

static int mock_xfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	size_t pos = 0;
	int i;

	xfers++;
	last_xfer[0] = '\0';
	for (i = 0; i < num; i++)
		log_msg(&pos, &msgs[i]);
	for (i = 0; i < num; i++) {
		if (msgs[i].flags & I2C_M_TEN)
			return -EOPNOTSUPP;
		if (msgs[i].addr != addr)
			return -ENXIO;
		do_msg(&msgs[i]);
	}
	return num;
}

static u32 mock_func(struct i2c_adapter *adap)
{
	return I2C_FUNC_I2C | I2C_FUNC_SMBUS_EMUL;
}

static const struct i2c_algorithm mock_algo = {
	.master_xfer = mock_xfer,
	.functionality = mock_func,
};

static struct i2c_adapter mock_adapter = {
	.owner = THIS_MODULE,
	.class = I2C_CLASS_HWMON,
	.algo = &mock_algo,
	.name = "cp-i2c-mock",
};

static int __init mock_init(void)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(regs); i++)
		regs[i] = i;
	mock_adapter.nr = nr;
	return i2c_add_numbered_adapter(&mock_adapter);
}

static void __exit mock_exit(void)
{
	i2c_del_adapter(&mock_adapter);
}

module_init(mock_init);
module_exit(mock_exit);
MODULE_DESCRIPTION("Plain-I2C adapter with a register-file device, for tests");
MODULE_LICENSE("GPL");
