"""Helpers for the VM suite's Python tests (run by circuitpython in the guest).

They reach the kernel mocks the guest's init set up, through sysfs and
tracefs only (plain file reads and writes):

- gpio-sim chips by label: /vm/sim/LABEL is the chip's sim directory, with
  sim_gpioN/pull (write "pull-up"/"pull-down": what drives an input from
  outside) and sim_gpioN/value (the line's level);
- the kernel's gpio tracepoints, which record every level the kernel
  drives on a line: the proof that an output never went through the
  other level;
- the module parameters where cp_i2c_mock and cp_spi_mock record the last
  transfer.
"""

SIM = "/vm/sim"
TRACING = "/sys/kernel/tracing"
VM = "cp-vm-gpio"      # the chip of the test board (boards/vm.board)
PI = "pinctrl-bcm2711"  # the chip shaped like a Raspberry Pi 4's


def read(path):
    with open(path) as f:
        return f.read().strip()


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def pull(line, up, label=VM):
    """Drive an input line from outside: up (True) or down (False)."""
    write("%s/%s/sim_gpio%d/pull" % (SIM, label, line), "pull-up" if up else "pull-down")


def level(line, label=VM):
    """The line's physical level as gpio-sim sees it (0 or 1)."""
    return int(read("%s/%s/sim_gpio%d/value" % (SIM, label, line)))


def base(label=VM):
    """The global GPIO number of the chip's line 0."""
    return int(read("%s/%s.base" % (SIM, label)))


def debug_line(line, label=VM):
    """The kernel's view of a line (debugfs): "CONSUMER in|out hi|lo [IRQ]"
    while some process has it requested, else "free"."""
    gpio = base(label) + line
    tag = "gpio-%d " % gpio
    for text in read("/sys/kernel/debug/gpio").split("\n"):
        text = text.strip()
        if not text.startswith(tag):
            continue
        inner = text[text.index("(") + 1:text.index(")")]
        if "|" not in inner:  # a named line nobody has requested
            return "free"
        consumer = inner.split("|")[1].strip()
        rest = text[text.index(")") + 1:].split()
        return " ".join([consumer] + rest)
    return "free"


def trace_start():
    """Forget earlier events and record the gpio tracepoints."""
    write(TRACING + "/trace", "")
    write(TRACING + "/events/gpio/enable", "1")


def trace_stop():
    write(TRACING + "/events/gpio/enable", "0")


def trace(line, label=VM):
    """The recorded events of one line, oldest first: ("set", level) for
    every level the kernel drove, ("get", level) for reads, ("out", err)
    and ("in", err) for direction changes."""
    gpio = base(label) + line
    events = []
    for text in read(TRACING + "/trace").split("\n"):
        for kind in ("gpio_value: ", "gpio_direction: "):
            i = text.find(kind)
            if i < 0:
                continue
            words = text[i + len(kind):].split()
            if int(words[0]) != gpio:
                continue
            if kind == "gpio_value: ":
                events.append((words[1], int(words[2])))
            else:
                events.append((words[1], int(words[2].strip("()"))))
    return events


def driven(line, label=VM):
    """The recorded events of a line without reads: ("set", level) for a
    level driven, ("in", 0) / ("out", 0) for direction changes (an
    emulated open drain lets go of the line by making it an input)."""
    return [e for e in trace(line, label) if e[0] != "get"]


def drove(events, level):
    """Whether the kernel actively drove `level` in these events. The
    kernel traces every requested level ("set") before it applies it; an
    emulated open drain (open source) then lets go of the line for a 1
    (a 0) by making it an input, traced as ("in", ...) right after."""
    for i, e in enumerate(events):
        if e == ("set", level) and not (i + 1 < len(events) and events[i + 1][0] == "in"):
            return True
    return False


def param(module, name):
    """A module parameter: cp_i2c_mock's last_xfer, cp_spi_mock's last_msg..."""
    return read("/sys/module/%s/parameters/%s" % (module, name))
