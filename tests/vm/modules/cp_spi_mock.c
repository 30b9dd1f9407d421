// SPDX-License-Identifier: GPL-2.0
/*
 * cp_spi_mock: an SPI controller for circuitpython's VM tests.
 *
 * Registers SPI bus 0 with two chip selects, each with a spidev device on
 * it, so /dev/spidev0.0 and /dev/spidev0.1 appear as on a Raspberry Pi.
 * Every transfer completes at once with a predictable reply: each received
 * word is the bitwise complement of the word sent (masked to the word
 * size), or all ones where nothing is sent.
 *
 * What the last message looked like is readable for the tests, under
 * /sys/module/cp_spi_mock/parameters/:
 *   last_mode   SPI mode bits of the device (CPOL 2, CPHA 1, CS_HIGH 4,
 *               LSB_FIRST 8, 3WIRE 0x10, NO_CS 0x40)
 *   last_bits   bits per word, last_speed  clock in Hz, last_cs  chip select
 *   last_msg    one word per transfer of the last message: the bytes sent
 *               in hex (at most 32, "-" for none), '/', the number of bytes
 *               received ("-" for none)
 *   msgs, xfers, bytes  counts of messages, transfers and bytes
 *   cs_log      every change of a chip-select line the SPI core asks for,
 *               as <cs><level>: "0L" selects chip select 0 (active low),
 *               "0H" deselects it; writable, so a test can clear it.
 *               Devices in SPI_NO_CS mode are left out, as the core does
 *               for GPIO chip selects (a controller's own set_cs is told
 *               even then).
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/spi/spi.h>
#include <linux/version.h>

/* 6.3 made a device's chip select an array behind accessors. */
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 3, 0)
#define CHIP_SELECT(spi) spi_get_chipselect(spi, 0)
#else
#define CHIP_SELECT(spi) ((spi)->chip_select)
#endif

static unsigned int last_mode, last_bits, last_speed, last_cs;
static unsigned int msgs, xfers, bytes;
module_param(last_mode, uint, 0444);
module_param(last_bits, uint, 0444);
module_param(last_speed, uint, 0444);
module_param(last_cs, uint, 0444);
module_param(msgs, uint, 0444);
module_param(xfers, uint, 0444);
module_param(bytes, uint, 0444);
static char last_msg[512];
module_param_string(last_msg, last_msg, sizeof(last_msg), 0444);
static char cs_log[512];
module_param_string(cs_log, cs_log, sizeof(cs_log), 0644);

static struct platform_device *pdev;
static struct spi_controller *ctlr;
static size_t log_pos;

static void log_xfer(const struct spi_transfer *t)
{
	size_t size = sizeof(last_msg);
	const u8 *tx = t->tx_buf;
	unsigned int i;

	if (log_pos >= size - 1)
		return;
	log_pos += scnprintf(last_msg + log_pos, size - log_pos, "%s",
			     log_pos ? " " : "");
	for (i = 0; tx && i < t->len && i < 32; i++)
		log_pos += scnprintf(last_msg + log_pos, size - log_pos,
				     "%02x", tx[i]);
	if (!tx)
		log_pos += scnprintf(last_msg + log_pos, size - log_pos, "-");
	else if (t->len > 32)
		log_pos += scnprintf(last_msg + log_pos, size - log_pos, "..");
	if (t->rx_buf)
		log_pos += scnprintf(last_msg + log_pos, size - log_pos, "/%u",
				     t->len);
	else
		log_pos += scnprintf(last_msg + log_pos, size - log_pos, "/-");
}

/* rx = ~tx per word; words are 1, 2 or 4 bytes by bits_per_word. */
static void reply(const struct spi_transfer *t, unsigned int bits)
{
	unsigned int step = bits <= 8 ? 1 : bits <= 16 ? 2 : 4;
	u32 mask = bits >= 32 ? 0xffffffffu : (1u << bits) - 1;
	unsigned int i;

	for (i = 0; t->rx_buf && i + step <= t->len; i += step) {
		u32 w = 0;

		if (t->tx_buf)
			memcpy(&w, (const u8 *)t->tx_buf + i, step);
		w = ~w & mask;
		memcpy((u8 *)t->rx_buf + i, &w, step);
	}
}

static int mock_prepare(struct spi_controller *c, struct spi_message *m)
{
	msgs++;
	log_pos = 0;
	last_msg[0] = '\0';
	return 0;
}

static int mock_transfer_one(struct spi_controller *c, struct spi_device *spi,
			     struct spi_transfer *t)
{
	unsigned int bits = t->bits_per_word ? t->bits_per_word
					     : spi->bits_per_word;

	xfers++;
	bytes += t->len;
	last_mode = spi->mode;
	last_bits = bits;
	last_speed = t->speed_hz ? t->speed_hz : spi->max_speed_hz;
	last_cs = CHIP_SELECT(spi);
	log_xfer(t);
	reply(t, bits);
	return 0;
}

/* level is the line's: low selects (no SPI_CS_HIGH device here). */
static void mock_set_cs(struct spi_device *spi, bool level)
{
	size_t len = strnlen(cs_log, sizeof(cs_log));

	if (spi->mode & SPI_NO_CS)
		return;
	if (len && cs_log[len - 1] == '\n')
		cs_log[--len] = '\0';
	if (len + 4 < sizeof(cs_log))
		scnprintf(cs_log + len, sizeof(cs_log) - len, "%s%u%c",
			  len ? " " : "", CHIP_SELECT(spi), level ? 'H' : 'L');
}

static int add_spidev(unsigned int cs)
{
	/* "dh2228fv" is in spidev's id table: spidev binds to it. */
	struct spi_board_info info = {
		.modalias = "dh2228fv",
		.max_speed_hz = 500000,
		.chip_select = cs,
	};

	return spi_new_device(ctlr, &info) ? 0 : -ENODEV;
}

static int __init mock_init(void)
{
	int ret;

	pdev = platform_device_register_simple("cp-spi-mock", -1, NULL, 0);
	if (IS_ERR(pdev))
		return PTR_ERR(pdev);
	ctlr = spi_alloc_master(&pdev->dev, 0);
	if (!ctlr) {
		ret = -ENOMEM;
		goto err_pdev;
	}
	ctlr->bus_num = 0;
	ctlr->num_chipselect = 2;
	ctlr->mode_bits = SPI_CPOL | SPI_CPHA | SPI_CS_HIGH | SPI_LSB_FIRST |
			  SPI_3WIRE | SPI_NO_CS;
	ctlr->bits_per_word_mask = SPI_BPW_RANGE_MASK(1, 32);
	ctlr->min_speed_hz = 10000;
	ctlr->max_speed_hz = 125000000;
	ctlr->prepare_message = mock_prepare;
	ctlr->transfer_one = mock_transfer_one;
	ctlr->set_cs = mock_set_cs;
	ret = spi_register_controller(ctlr);
	if (ret) {
		spi_controller_put(ctlr);
		goto err_pdev;
	}
	ret = add_spidev(0);
	if (!ret)
		ret = add_spidev(1);
	if (ret)
		goto err_ctlr;
	return 0;

err_ctlr:
	spi_unregister_controller(ctlr);
err_pdev:
	platform_device_unregister(pdev);
	return ret;
}

static void __exit mock_exit(void)
{
	spi_unregister_controller(ctlr);
	platform_device_unregister(pdev);
}

module_init(mock_init);
module_exit(mock_exit);
MODULE_DESCRIPTION("SPI controller with spidev devices and a predictable reply, for tests");
MODULE_LICENSE("GPL");
