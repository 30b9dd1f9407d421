"""Drive Thonny's CircuitPython back end (Debian's `thonny` package:
thonny/plugins/circuitpython/cirpy_back.py over pyserial) headless, as
Thonny's GUI would, against a serial port. Run with the Python that has
Thonny installed (Debian's /usr/bin/python3):

    /usr/bin/python3 thonny_client.py PORT DRIVE_DIR

Prints one line per step, "ok <step>" or "FAIL <step>: <why>", and exits
non-zero when a step failed. Used by test_thonny.py; only Thonny's own
code talks to the device.
"""

import os
import queue
import subprocess
import sys
import tempfile
import threading
import time

import thonny.plugins.circuitpython.cirpy_back as cirpy_back
from thonny.common import (
    InlineCommand,
    ToplevelCommand,
    parse_message,
    read_one_incoming_message_str,
    serialize_message,
)

TIMEOUT = 20


class Backend:
    """The back-end process with Thonny's message protocol on its stdio."""

    def __init__(self, port):
        args = {
            "clean": False,
            "port": port,
            "dtr": None,
            "rts": None,
            "submit_mode": None,
            "interrupt_on_connect": True,
            "write_block_size": None,
            "write_block_delay": None,
            "proxy_class": "CircuitPythonProxy",
            "sync_time": False,
            "validate_time": False,
            "local_rtc": False,
        }
        env = dict(os.environ, THONNY_USER_DIR=tempfile.mkdtemp(prefix="thonny-user-"))
        self.p = subprocess.Popen(
            [sys.executable, cirpy_back.__file__, repr(args)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            universal_newlines=True,
            encoding="utf-8",
        )
        self.ids = 0
        self.messages = queue.Queue()
        self.output = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        while True:
            s = read_one_incoming_message_str(self.p.stdout.readline)
            if not s:
                self.messages.put(None)
                return
            try:
                self.messages.put(parse_message(s))
            except Exception:
                self.messages.put({"message_class": "junk", "text": s})

    def send(self, cmd):
        self.p.stdin.write(serialize_message(cmd) + "\n")
        self.p.stdin.flush()

    def wait_for(self, message_class, command_name=None, timeout=TIMEOUT):
        """Messages until one of message_class (for command_name); program
        output seen meanwhile is collected in self.output."""
        end = time.time() + timeout
        while True:
            left = end - time.time()
            if left <= 0:
                raise TimeoutError("no %s for %s; output %r" % (message_class, command_name, "".join(self.output)))
            try:
                msg = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if msg is None:
                raise ConnectionError("back end ended: %s" % self.p.stderr.read()[-2000:])
            cls = type(msg).__name__
            if cls == "BackendEvent" and msg.get("event_type") == "ProgramOutput":
                self.output.append(msg["data"])
            if cls == message_class and (command_name is None or msg.get("command_name") == command_name):
                return msg

    def toplevel(self, name, **kw):
        self.output = []
        self.ids += 1
        self.send(ToplevelCommand(name, id="cmd%d" % self.ids, **kw))
        return self.wait_for("ToplevelResponse", name)

    def inline(self, name, **kw):
        self.ids += 1
        self.send(InlineCommand(name, id="cmd%d" % self.ids, **kw))
        return self.wait_for("InlineResponse", name)

    def close(self):
        try:
            self.p.kill()
        except OSError:
            pass


def main():
    port, drive = sys.argv[1], sys.argv[2]
    failed = 0

    def step(name, fn):
        nonlocal failed
        try:
            fn()
            print("ok %s" % name, flush=True)
        except Exception as ex:  # a failed expectation, a timeout, the device
            failed += 1
            print("FAIL %s: %s" % (name, ex), flush=True)

    b = Backend(port)
    try:
        def connect():
            # the back end interrupts the device, enters the raw REPL and
            # reports itself ready with a ToplevelResponse
            b.wait_for("ToplevelResponse")

        def execute():
            b.toplevel("execute_source", source="print(6 * 7)\n")
            out = "".join(b.output)
            assert "42" in out, out

        def run_program():
            src = "import sys\nfor i in range(3):\n    print('line', i)\n"
            b.toplevel("Run", source=src, args=[], cwd="")
            out = "".join(b.output)
            assert "line 0" in out and "line 2" in out, out

        def list_files():
            # the file browser lists the device's working directory
            r = b.inline("get_dirs_children_info", node_id="remote", paths=[drive], include_hidden=False)
            text = repr(r)
            assert "'code.py'" in text and "'lib'" in text, text

        def put_file():
            data = b"print('put by thonny')\n"
            b.inline("write_file", path=os.path.join(drive, "thonny_put.py"), content_bytes=data,
                     make_shebang_scripts_executable=False)
            with open(os.path.join(drive, "thonny_put.py"), "rb") as f:
                got = f.read()
            assert got == data, got

        def read_back():
            r = b.inline("read_file", path=os.path.join(drive, "thonny_put.py"))
            assert r.get("content_bytes") == b"print('put by thonny')\n", r

        def error_output():
            b.toplevel("execute_source", source="1/0\n")
            out = "".join(b.output)
            assert "ZeroDivisionError" in out, out

        step("connect", connect)
        step("execute_source", execute)
        step("Run a program", run_program)
        step("list files", list_files)
        step("put a file", put_file)
        step("read a file", read_back)
        step("error output", error_output)
    finally:
        b.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
