# Expected output in microcontroller_enums.exp: CPython has no microcontroller module.
# ResetReason and RunMode.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import microcontroller as mc

for n in ("POWER_ON", "BROWNOUT", "SOFTWARE", "DEEP_SLEEP_ALARM", "RESET_PIN", "WATCHDOG", "UNKNOWN",
          "RESCUE_DEBUG"):
    v = getattr(mc.ResetReason, n)
    print(v, repr(v) == str(v), type(v) is mc.ResetReason)
for n in ("NORMAL", "SAFE_MODE", "UF2", "BOOTLOADER"):
    print(getattr(mc.RunMode, n))
print(mc.RunMode.NORMAL == mc.RunMode.NORMAL, mc.RunMode.NORMAL == mc.RunMode.UF2)
print(len({mc.RunMode.NORMAL, mc.RunMode.NORMAL, mc.RunMode.UF2}))
try:
    mc.RunMode()
except TypeError as e:
    print("TypeError", e)
