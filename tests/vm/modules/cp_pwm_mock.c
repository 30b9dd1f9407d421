// SPDX-License-Identifier: GPL-2.0
/*
 * cp_pwm_mock: a PWM controller for circuitpython's VM tests.
 *
 * Two channels under /sys/class/pwm (pwmchip0 when it is the only PWM
 * chip). Every state the PWM core applies is accepted as it is and
 * recorded, so the tests see what reached the "hardware":
 *   /sys/module/cp_pwm_mock/parameters/state0, state1
 *     "PERIOD_NS DUTY_NS normal|inversed on|off" (empty before any apply)
 *   /sys/module/cp_pwm_mock/parameters/applies   number of apply calls
 */
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/pwm.h>
#include <linux/slab.h>
#include <linux/version.h>

static char state0[64], state1[64];
module_param_string(state0, state0, sizeof(state0), 0444);
module_param_string(state1, state1, sizeof(state1), 0444);
static unsigned int applies;
module_param(applies, uint, 0444);

static struct platform_device *pdev;
static struct pwm_chip *chip;

static int mock_apply(struct pwm_chip *c, struct pwm_device *pwm,
		      const struct pwm_state *st)
{
	char *s = pwm->hwpwm ? state1 : state0;

	applies++;
	scnprintf(s, sizeof(state0), "%llu %llu %s %s", st->period,
		  st->duty_cycle,
		  st->polarity == PWM_POLARITY_INVERSED ? "inversed" : "normal",
		  st->enabled ? "on" : "off");
	return 0;
}

static const struct pwm_ops mock_ops = {
	.apply = mock_apply,
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 7, 0)
	.owner = THIS_MODULE,
#endif
};

static int __init mock_init(void)
{
	int ret;

	pdev = platform_device_register_simple("cp-pwm-mock", -1, NULL, 0);
	if (IS_ERR(pdev))
		return PTR_ERR(pdev);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 9, 0)
	chip = pwmchip_alloc(&pdev->dev, 2, 0);
	if (IS_ERR(chip)) {
		platform_device_unregister(pdev);
		return PTR_ERR(chip);
	}
#else
	chip = kzalloc(sizeof(*chip), GFP_KERNEL);
	if (!chip) {
		platform_device_unregister(pdev);
		return -ENOMEM;
	}
	chip->dev = &pdev->dev;
	chip->npwm = 2;
#endif
	chip->ops = &mock_ops;
	ret = pwmchip_add(chip);
	if (ret)
		platform_device_unregister(pdev);
	return ret;
}

static void __exit mock_exit(void)
{
	pwmchip_remove(chip);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 9, 0)
	pwmchip_put(chip);
#else
	kfree(chip);
#endif
	platform_device_unregister(pdev);
}

module_init(mock_init);
module_exit(mock_exit);
MODULE_DESCRIPTION("PWM controller that records what it is asked to output, for tests");
MODULE_LICENSE("GPL");
