# gpio-sim through the uAPI (vmgpio) and its sysfs: pulls drive inputs,
# outputs show in value, a held line reports its consumer, and the gpio
# tracepoints record every level the kernel drives.
sim=/vm/sim/cp-vm-gpio
echo pull-up > $sim/sim_gpio5/pull; echo "pull-up: $(cat $sim/sim_gpio5/value)"
echo pull-down > $sim/sim_gpio5/pull; echo "pull-down: $(cat $sim/sim_gpio5/value)"
vmgpio info cp-vm-gpio 6
echo > /sys/kernel/tracing/trace
echo 1 > /sys/kernel/tracing/events/gpio/enable
vmgpio hold cp-vm-gpio 6 1 /tmp/hold.pid test-holder && echo held
vmgpio info cp-vm-gpio 6
echo "value while held: $(cat $sim/sim_gpio6/value)"
vmgpio hold cp-vm-gpio 6 0 /tmp/hold2.pid 2>&1 || echo "second request refused"
kill "$(cat /tmp/hold.pid)"; rm /tmp/hold.pid
sleep 0.2
vmgpio info cp-vm-gpio 6
echo 0 > /sys/kernel/tracing/events/gpio/enable
gpio=$(( $(cat /vm/sim/cp-vm-gpio.base) + 6 ))
grep -o "gpio_[a-z]*: $gpio .*" /sys/kernel/tracing/trace | sed "s/ $gpio / N /"
