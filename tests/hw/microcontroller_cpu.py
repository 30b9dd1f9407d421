# Expected output in microcontroller_cpu.exp: CPython has no microcontroller module.
# microcontroller.cpu on the simulated board.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import microcontroller

cpu = microcontroller.cpu
print(cpu, type(cpu).__name__, type(cpu) is microcontroller.Processor)
print(type(cpu.frequency).__name__, cpu.frequency)
print(type(cpu.temperature).__name__, cpu.temperature)
print(type(cpu.voltage).__name__, cpu.voltage)
print(type(cpu.uid).__name__, cpu.uid, len(cpu.uid))
print(cpu.reset_reason, cpu.reset_reason is microcontroller.ResetReason.POWER_ON)
for attr in ("frequency", "temperature", "voltage", "uid", "reset_reason"):
    try:
        setattr(cpu, attr, 1)
    except AttributeError as e:
        print("AttributeError", e)
