"""The VM suite's initramfs: busybox, the build's circuitpython and the
shared libraries it links, our static helpers, the kernel modules, the
tests, the board files and the guest's init, as a newc cpio archive cached
by the hash of everything in it.
"""

import glob
import io
import json
import os
import re
import stat
import time

from vmcommon import HERE, SRCDIR, SetupError, run, vlog, sha256_files, is_static_elf, prune, touch
from vmkernel import KERNEL_MODULES, OUR_MODULES


def build_config(build_dir):
    """What the build was configured with: libgpiod API and flags."""
    conf = {"api": None, "cflags": "", "libs": ""}
    try:
        with open(os.path.join(build_dir, "config.h")) as f:
            m = re.search(r"#define CP_LIBGPIOD_API (\d+)", f.read())
            conf["api"] = int(m.group(1)) if m else None
        with open(os.path.join(build_dir, "Makefile")) as f:
            for line in f:
                m = re.match(r"LIBGPIOD_(CFLAGS|LIBS) = (.*)", line)
                if m:
                    conf[m.group(1).lower()] = m.group(2).strip()
    except OSError:
        pass
    return conf


def build_helpers(root, build_dir):
    """vmgpio and vmexit (static), and gpiod-toggle against the build's
    libgpiod when it has one. Returns {guest name: host path}."""
    cc = os.environ.get("CC_FOR_VM", "gcc")
    conf = build_config(build_dir)
    jobs = [("vmgpio", [os.path.join(HERE, "helpers", "vmgpio.c")], ["-static"], []),
            ("vmexit", [os.path.join(HERE, "helpers", "vmexit.c")], ["-static"], []),
            ("vmpty", [os.path.join(HERE, "helpers", "vmpty.c")], ["-static"], [])]
    if conf["api"]:
        jobs.append(("gpiod-toggle", [os.path.join(SRCDIR, "bench", "vm", "gpiod_toggle.c")],
                     ["-DCP_LIBGPIOD_API=%d" % conf["api"]] + conf["cflags"].split(), conf["libs"].split()))
    out = {}
    for name, srcs, flags, libs in jobs:
        key = sha256_files(srcs, extra=json.dumps([cc, flags, libs]).encode())[:16]
        path = os.path.join(root, "helpers", "%s-%s" % (name, key))
        if not os.path.exists(path):
            os.makedirs(os.path.dirname(path), exist_ok=True)
            run([cc, "-std=gnu11", "-O2", "-Wall", "-Wextra", "-o", path + ".tmp"] + flags + srcs + libs)
            os.rename(path + ".tmp", path)
        touch(path)
        out[name] = path
    prune(os.path.join(root, "helpers", "*"), 12)
    return out


class Cpio:
    """Writes a newc cpio archive (what the kernel unpacks as initramfs)."""

    def __init__(self):
        self.buf = io.BytesIO()
        self.ino = 1
        self.dirs = set()

    def _entry(self, name, mode, data=b"", rdev=(0, 0)):
        name_b = name.encode() + b"\0"
        fields = [self.ino, mode, 0, 0, 1, 0, len(data), 0, 0, rdev[0], rdev[1], len(name_b), 0]
        self.ino += 1
        self.buf.write(b"070701" + b"".join(b"%08X" % v for v in fields))
        self.buf.write(name_b)
        self.buf.write(b"\0" * (-(110 + len(name_b)) % 4))
        self.buf.write(data)
        self.buf.write(b"\0" * (-len(data) % 4))

    def dir(self, name):
        name = name.strip("/")
        if not name or name in self.dirs:
            return
        self.dir(os.path.dirname(name))
        self.dirs.add(name)
        self._entry(name, stat.S_IFDIR | 0o755)

    def file(self, name, data, mode=0o644):
        name = name.strip("/")
        self.dir(os.path.dirname(name))
        self._entry(name, stat.S_IFREG | mode, data)

    def symlink(self, name, target):
        name = name.strip("/")
        self.dir(os.path.dirname(name))
        self._entry(name, stat.S_IFLNK | 0o777, target.encode())

    def chardev(self, name, major, minor):
        name = name.strip("/")
        self.dir(os.path.dirname(name))
        self._entry(name, stat.S_IFCHR | 0o600, rdev=(major, minor))

    def finish(self):
        self._entry("TRAILER!!!", 0)
        data = self.buf.getvalue()
        return data + b"\0" * (-len(data) % 512)


def shared_libs(binaries):
    """The shared libraries (and the dynamic loader) the binaries need."""
    libs = set()
    for b in binaries:
        if is_static_elf(b):
            continue
        out = run(["ldd", b], check=False)
        for line in out.splitlines():
            m = re.search(r"=>\s*(/\S+)", line) or re.match(r"\s*(/\S+)", line)
            if m:
                libs.add(m.group(1))
            elif "not found" in line:
                raise SetupError("ldd %s: %s (set LD_LIBRARY_PATH to the build's libraries)" % (b, line.strip()))
    return sorted(libs)


def test_files():
    pats = ["tests/*.py", "tests/*.exp", "tests/*.hook", "tests/*.sh"]
    return sorted(p for pat in pats for p in glob.glob(os.path.join(HERE, pat)))


def directives(path):
    """`# vm: key=value ...` lines at the top of a test."""
    d = {"board": "vm", "env": []}
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*vm:\s*(.*)", line)
            if not m:
                continue
            for word in m.group(1).split():
                k, _, v = word.partition("=")
                if k == "env":
                    d["env"].append(v)
                else:
                    d[k] = v
    return d


def discover_tests():
    tests = []
    for p in sorted(glob.glob(os.path.join(HERE, "tests", "*.py")) + glob.glob(os.path.join(HERE, "tests", "*.sh"))):
        base = os.path.basename(p)
        if base.startswith("_"):
            continue
        name, ext = os.path.splitext(base)
        tests.append({"name": name, "kind": ext[1:], "path": p, "dir": directives(p)})
    return tests


def manifest(tests):
    """The guest's list of run_one calls."""
    lines = ["# generated by tests/vm/run-vm"]
    for t in tests:
        args = []
        if t["kind"] == "py" and t["dir"]["board"]:
            args = ["--board", t["dir"]["board"]]
        lines.append("run_one %s %s '%s' %s" % (t["name"], t["kind"], " ".join(t["dir"]["env"]), " ".join(args)))
    return "\n".join(lines) + "\n"


def busybox_path():
    for p in [os.environ.get("CIRCUITPY_VM_BUSYBOX"), "/bin/busybox", "/usr/bin/busybox"]:
        if p and os.path.exists(p) and is_static_elf(p):
            return p
    return None


def build_initramfs(root, kdir, mods, helpers, binary, busybox, tests):
    """The cached initramfs for these inputs; returns its path."""
    with open(os.path.join(kdir, "modules", "order")) as f:
        kmods = [m for m in f.read().split() if m]
    params = dict((m.replace("-", "_"), p) for m, p in KERNEL_MODULES + OUR_MODULES)
    load = []
    for m in kmods:
        load.append((m, os.path.join(kdir, "modules", m + ".ko")))
        if m == "configfs":  # gpio-sim needs configfs; irq_sim before it
            for sim in ("irq_sim", "gpio_sim"):
                if os.path.exists(os.path.join(mods, sim + ".ko")):
                    load.append((sim, os.path.join(mods, sim + ".ko")))
    for m, _ in OUR_MODULES:
        load.append((m, os.path.join(mods, m + ".ko")))

    bins = {"/bin/busybox": busybox, "/bin/circuitpython": binary}
    for name, path in helpers.items():
        bins["/bin/" + name] = path
    libs = shared_libs([p for p in bins.values()])
    files = []  # (guest path, host path, mode)
    for g, h in bins.items():
        files.append((g, h, 0o755))
    for lib in libs:
        files.append((lib, lib, 0o755))
    for m, path in load:
        files.append(("/lib/modules/%s.ko" % m, path, 0o644))
    files.append(("/init", os.path.join(HERE, "guest", "init"), 0o755))
    for p in glob.glob(os.path.join(HERE, "guest", "lib", "*.py")):
        files.append(("/vm/lib/" + os.path.basename(p), p, 0o644))
    for p in test_files():
        files.append(("/vm/tests/" + os.path.basename(p), p, 0o644))
    for p in glob.glob(os.path.join(SRCDIR, "bench", "vm", "*.py")):
        files.append(("/vm/bench/" + os.path.basename(p), p, 0o644))
    for p in sorted(glob.glob(os.path.join(SRCDIR, "boards.d", "*.board")) +
                    glob.glob(os.path.join(SRCDIR, "boards.d", "*.inc")) +
                    glob.glob(os.path.join(HERE, "boards", "*.board"))):
        files.append(("/boards/" + os.path.basename(p), p, 0o644))
    generated = {
        "/lib/modules/load.list": "".join("%s %s\n" % (m, params.get(m, "")) for m, _ in load),
        "/vm/manifest.sh": manifest(tests),
        "/vm/env": "export LD_LIBRARY_PATH=%s\n" % ":".join(sorted(set(os.path.dirname(l) for l in libs))),
    }
    key = sha256_files([h for _, h, _ in files], extra=json.dumps(
        [[g for g, _, _ in files], generated]).encode())[:20]
    path = os.path.join(root, "initramfs", key + ".cpio")
    if os.path.exists(path):
        touch(path)
        return path
    t0 = time.time()
    cpio = Cpio()
    for d in ("proc", "sys", "dev", "tmp", "run", "results", "sys/kernel/config"):
        cpio.dir(d)
    cpio.chardev("dev/console", 5, 1)
    cpio.chardev("dev/null", 1, 3)
    for g, h, mode in files:
        with open(h, "rb") as f:
            cpio.file(g, f.read(), mode)
    for name, text in generated.items():
        cpio.file(name, text.encode())
    applets = run([busybox, "--list"]).split()
    for a in applets:
        if "/bin/" + a not in bins:
            cpio.symlink("bin/" + a, "busybox")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".tmp", "wb") as f:
        f.write(cpio.finish())
    os.rename(path + ".tmp", path)
    vlog("initramfs %s built in %.1f s" % (path, time.time() - t0))
    prune(os.path.join(root, "initramfs", "*.cpio"), 6)
    return path


def run_conf(mode, only, test_timeout, bench_count, bench_rounds):
    cpio = Cpio()
    text = ("MODE=%s\nONLY=%s\nTEST_TIMEOUT=%d\nBENCH_COUNT=%d\nBENCH_ROUNDS=%d\n"
            % (mode, ",".join(only), test_timeout, bench_count, bench_rounds))
    cpio.file("vm/run.conf", text.encode())
    return cpio.finish()
