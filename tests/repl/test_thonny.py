"""A real client: Thonny's CircuitPython back end (Debian's `thonny`
package, thonny/plugins/circuitpython/cirpy_back.py, over pyserial) drives
`circuitpython --serial <pty> DIR` headless, as Thonny's GUI would: it
connects (interrupt, raw REPL, raw-paste), executes code, runs a program,
lists the drive, puts and reads back a file (thonny_client.py). SKIP when
no Python with Thonny and pyserial is installed (tools/quickstart installs
them)."""

import os
import shutil
import signal
import subprocess
import tempfile

from replpty import Checker, Skip, binary_from_argv, check, temp_home
from seriallink import SerialLink

BIN = binary_from_argv()
HOME = temp_home()
HERE = os.path.dirname(os.path.abspath(__file__))
PROBE = "import thonny.plugins.circuitpython.cirpy_back, serial"


def thonny_python():
    for py in ("/usr/bin/python3", "python3"):
        try:
            if subprocess.run([py, "-c", PROBE], capture_output=True, timeout=30).returncode == 0:
                return py
        except (OSError, subprocess.TimeoutExpired):
            pass
    return None


def thonny_session(results):
    py = thonny_python()
    if not py:
        raise Skip("no Python with Thonny and pyserial (apt-get install thonny python3-serial)")
    drive = tempfile.mkdtemp(prefix="cp-thonny-drive-")
    run = tempfile.mkdtemp(prefix="cp-thonny-run-")
    os.mkdir(os.path.join(drive, "lib"))
    with open(os.path.join(drive, "code.py"), "w") as f:
        f.write("print('code.py ran')\n")
    link = SerialLink(relay=True)
    env = dict(os.environ, HOME=HOME, CIRCUITPY_BOARD="sim", XDG_RUNTIME_DIR=run)
    dev = subprocess.Popen([BIN, "--serial", link.device, drive], stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        cenv = dict(os.environ, HOME=HOME)
        cenv.pop("PYTHONPATH", None)
        c = subprocess.run([py, os.path.join(HERE, "thonny_client.py"), link.client, drive],
                           capture_output=True, text=True, timeout=180, env=cenv)
        for line in c.stdout.splitlines():
            if line.startswith("ok ") or line.startswith("FAIL "):
                results.append(line)
        if not results:
            raise AssertionError("the client reported nothing: %s" % c.stderr[-1500:])
        dev.send_signal(signal.SIGTERM)
        dev.communicate(timeout=5)
        check(dev.returncode == 0, "device exit status %r" % dev.returncode)
    finally:
        if dev.poll() is None:
            dev.kill()
            dev.communicate()
        link.close()
        shutil.rmtree(drive, True)
        shutil.rmtree(run, True)


c = Checker()
results = []
c.run("Thonny back end session", thonny_session, results)
for line in results:
    ok = line.startswith("ok ")
    name = "Thonny: " + line.split(" ", 1)[1].split(":")[0]

    def step(ok=ok, line=line):
        check(ok, line)

    c.run(name, step)
c.exit()
