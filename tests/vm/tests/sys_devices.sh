# The harness itself: the mocks' device nodes and gpio-sim chips exist.
ls /dev/gpiochip* /dev/i2c-* /dev/spidev* | sort
for label in cp-vm-gpio pinctrl-bcm2711; do
    echo "$label: $(vmgpio find $label) base=$(cat /vm/sim/$label.base)" | sed 's/base=[0-9]*/base=N/'
done
cat /sys/bus/i2c/devices/i2c-0/name /sys/bus/i2c/devices/i2c-1/name
cat /sys/class/spidev/spidev0.0/device/modalias
cat /proc/cmdline | tr ' ' '\n' | grep spidev
