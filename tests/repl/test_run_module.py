"""`circuitpython -m NAME` runs a module as __main__, like python3 -m: the
same output, sys.argv, __file__, __package__ and exit status."""

import os
import subprocess
import sys
import tempfile

from replpty import Checker, binary_from_argv, check

BIN = binary_from_argv()

FILES = {
    "top.py": 'import sys\nprint("top", __name__, __package__, sys.argv[1:])\n',
    "pk/__init__.py": 'print("init", __name__)\n',
    "pk/__main__.py": 'print("main of pk", __name__, __package__)\n',
    "pk/sub.py": 'import sys, os\nprint("sub", __name__, __package__, __file__ == os.getcwd() + "/pk/sub.py", sys.argv)\n',
    "pk/boom.py": 'raise SystemExit(4)\n',
}


def run(exe, name, tmp):
    p = subprocess.run([exe, "-m", name, "x"], cwd=tmp, capture_output=True, text=True, timeout=20)
    return p.returncode, p.stdout, p.stderr.strip().split("\n")[-1].split(": ", 1)[-1]


def compare(name):
    def t():
        with tempfile.TemporaryDirectory() as tmp:
            for path, text in FILES.items():
                full = os.path.join(tmp, path)
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, "w") as f:
                    f.write(text)
            ours = run(BIN, name, tmp)
            theirs = run(sys.executable, name, tmp)
            check(ours == theirs, "same as python3: %r vs %r" % (ours, theirs))
    return t


c = Checker()
for name in ("top", "pk", "pk.sub", "pk.boom", "missing"):
    c.run("-m " + name, compare(name))
c.exit()
