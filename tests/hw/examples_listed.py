# Expected output in examples_listed.exp: every program in examples/ has
# its wrapper test here (examples_<name>.py), so none goes untested.
import os

import _sim_only  # noqa: F401  (SKIP unless on the simulated board)

programs = sorted(n[:-3] for n in os.listdir("../../examples") if n.endswith(".py"))
tests = set(n[len("examples_"):-3] for n in os.listdir(".") if n.startswith("examples_") and n.endswith(".py"))
print(programs)
print("without a test:", [p for p in programs if p not in tests])
