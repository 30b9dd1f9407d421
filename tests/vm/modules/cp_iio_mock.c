// SPDX-License-Identifier: GPL-2.0
/*
 * cp_iio_mock: an IIO device with one ADC and one DAC channel, for
 * circuitpython's VM tests. Its name attribute is "cp-adc-mock".
 *
 *   in_voltage0_raw    reads the module parameter adc0 (writable by the
 *                      tests: /sys/module/cp_iio_mock/parameters/adc0)
 *   out_voltage0_raw   stores into the read-only parameter dac0
 *   in_voltage_scale, out_voltage_scale
 *                      3300 mV over 12 bits: 0.805664062 (mV per step)
 */
#include <linux/err.h>
#include <linux/iio/iio.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/platform_device.h>

static int adc0 = 2048;
module_param(adc0, int, 0644);
static int dac0;
module_param(dac0, int, 0444);

static struct platform_device *pdev;
static struct iio_dev *indio;

static const struct iio_chan_spec mock_channels[] = {
	{
		.type = IIO_VOLTAGE,
		.indexed = 1,
		.channel = 0,
		.info_mask_separate = BIT(IIO_CHAN_INFO_RAW),
		.info_mask_shared_by_type = BIT(IIO_CHAN_INFO_SCALE),
	},
	{
		.type = IIO_VOLTAGE,
		.indexed = 1,
		.channel = 0,
		.output = 1,
		.info_mask_separate = BIT(IIO_CHAN_INFO_RAW),
		.info_mask_shared_by_type = BIT(IIO_CHAN_INFO_SCALE),
	},
};

static int mock_read_raw(struct iio_dev *dev, struct iio_chan_spec const *chan,
			 int *val, int *val2, long mask)
{
	switch (mask) {
	case IIO_CHAN_INFO_RAW:
		*val = chan->output ? dac0 : adc0;
		return IIO_VAL_INT;
	case IIO_CHAN_INFO_SCALE:
		*val = 3300;
		*val2 = 12;
		return IIO_VAL_FRACTIONAL_LOG2;
	}
	return -EINVAL;
}

static int mock_write_raw(struct iio_dev *dev, struct iio_chan_spec const *chan,
			  int val, int val2, long mask)
{
	if (!chan->output || mask != IIO_CHAN_INFO_RAW)
		return -EINVAL;
	if (val < 0 || val > 4095)
		return -EINVAL;
	dac0 = val;
	return 0;
}

static const struct iio_info mock_info = {
	.read_raw = mock_read_raw,
	.write_raw = mock_write_raw,
};

static int __init mock_init(void)
{
	int ret;

	pdev = platform_device_register_simple("cp-iio-mock", -1, NULL, 0);
	if (IS_ERR(pdev))
		return PTR_ERR(pdev);
	indio = iio_device_alloc(&pdev->dev, 0);
	if (!indio) {
		ret = -ENOMEM;
		goto err_pdev;
	}
	indio->name = "cp-adc-mock";
	indio->info = &mock_info;
	indio->channels = mock_channels;
	indio->num_channels = ARRAY_SIZE(mock_channels);
	indio->modes = INDIO_DIRECT_MODE;
	ret = iio_device_register(indio);
	if (ret)
		goto err_free;
	return 0;

err_free:
	iio_device_free(indio);
err_pdev:
	platform_device_unregister(pdev);
	return ret;
}

static void __exit mock_exit(void)
{
	iio_device_unregister(indio);
	iio_device_free(indio);
	platform_device_unregister(pdev);
}

module_init(mock_init);
module_exit(mock_exit);
MODULE_DESCRIPTION("IIO ADC/DAC with values set through module parameters, for tests");
MODULE_LICENSE("GPL");
