"""Shared helpers of the VM suite's host side (tests/vm/run-vm)."""

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import glob

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.dirname(os.path.dirname(HERE))
VERBOSE = False  # set by run-vm -v


class Skip(Exception):
    """The suite cannot run here: report SKIP with the reason."""


class SetupError(Exception):
    """Preparing the VM failed in a way that is a bug, not a missing tool."""


def log(msg):
    print("run-vm: " + msg, file=sys.stderr, flush=True)


def vlog(msg):
    if VERBOSE:
        log(msg)


def run(cmd, cwd=None, env=None, check=True, timeout=600, input=None):
    """Runs cmd, returning its stdout as text; SetupError on failure."""
    vlog("$ " + " ".join(cmd))
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, input=input, capture_output=True,
                           timeout=timeout, stdin=None if input is not None else subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise SetupError("%s: %s" % (cmd[0], e))
    out = p.stdout.decode("utf-8", "replace")
    if check and p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace")
        raise SetupError("%s failed (exit %d):\n%s%s" % (" ".join(cmd), p.returncode, out[-3000:], err[-3000:]))
    return out


def sha256_files(paths, extra=b""):
    h = hashlib.sha256(extra)
    for p in paths:
        h.update(p.encode() + b"\0")
        with open(p, "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()


def is_static_elf(path):
    """True when path is an ELF executable without a program interpreter."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if head[:4] != b"\x7fELF" or head[4] != 2:
                return False
            phoff = int.from_bytes(head[32:40], "little")
            phentsize = int.from_bytes(head[54:56], "little")
            phnum = int.from_bytes(head[56:58], "little")
            f.seek(phoff)
            table = f.read(phentsize * phnum)
    except OSError:
        return False
    for i in range(phnum):
        if int.from_bytes(table[i * phentsize:i * phentsize + 4], "little") == 3:  # PT_INTERP
            return False
    return True


def cache_root(arg):
    if arg:
        return os.path.abspath(arg)
    if os.environ.get("CIRCUITPY_VM_CACHE"):
        return os.path.abspath(os.environ["CIRCUITPY_VM_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "circuitpython-vm")


class Lock:
    """An exclusive lock on the cache (concurrent runs share it)."""

    def __init__(self, root):
        os.makedirs(root, exist_ok=True)
        self.f = open(os.path.join(root, ".lock"), "w")

    def __enter__(self):
        fcntl.flock(self.f, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.f, fcntl.LOCK_UN)


def prune(pattern, keep):
    """Removes all but the `keep` most recently used entries matching pattern."""
    entries = sorted(glob.glob(pattern), key=lambda p: os.stat(p).st_mtime, reverse=True)
    for p in entries[keep:]:
        vlog("pruning " + p)
        if os.path.isdir(p) and not os.path.islink(p):
            shutil.rmtree(p, ignore_errors=True)
        else:
            os.unlink(p)


def touch(path):
    os.utime(path, None)
