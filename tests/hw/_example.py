# Runs one program of examples/ as a test (tests/hw/examples_*.py), so the
# examples keep working: each wrapper's .exp is the example's output on
# the simulated board. The example runs as __main__ in a namespace of its
# own; its drivers come from lib/ (this directory's lib is examples/lib).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)

EXAMPLES = "../../examples/"


def run(name):
    path = EXAMPLES + name
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, {"__name__": "__main__", "__file__": path})
