"""The VM suite's kernel: which Debian kernel to boot, fetching and unpacking
its packages into the cache, and building the modules it lacks (gpio-sim,
irq_sim) and ours (tests/vm/modules) against its headers.

Nothing of the kernel's source is stored in this repository: gpio-sim.c,
irq_sim.c, gpiolib.h and extract-vmlinux are taken from Debian's
linux-source package into the cache, and patched there.
"""

import glob
import gzip
import hashlib
import json
import lzma
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
import time

from vmcommon import HERE, Skip, SetupError, log, run, sha256_files, prune, touch

# Bump when the way the kernel directory is prepared changes.
KERNEL_PREP_VERSION = "2"
# In-tree modules the guest loads (with their dependencies), in load order,
# with their parameters. gpio-sim and irq_sim come from the kernel when its
# config has them, else are built out of tree.
KERNEL_MODULES = [
    ("configfs", ""),
    ("i2c-dev", ""),
    # i2c-stub: an SMBus-only chip at 0x1c; it takes a dynamic bus number
    # (0: cp_i2c_mock asks for bus 1).
    ("i2c-stub", "chip_addr=0x1c"),
    # the IIO core, which cp_iio_mock needs
    ("industrialio", ""),
]
OUR_MODULES = [("cp_i2c_mock", "nr=1"), ("cp_spi_mock", ""), ("cp_pwm_mock", ""), ("cp_iio_mock", "")]
# Files taken from linux-source (never stored in this repository).
SOURCE_FILES = [
    "drivers/gpio/gpio-sim.c",
    "drivers/gpio/gpiolib.h",
    "kernel/irq/irq_sim.c",
    "scripts/extract-vmlinux",
]


def apt_depends(pkg):
    out = run(["apt-cache", "depends", "--no-recommends", "--no-suggests", "--no-conflicts",
               "--no-breaks", "--no-replaces", "--no-enhances", pkg], check=False)
    deps = []
    for line in out.splitlines():
        line = line.strip().lstrip("|")
        if line.startswith("Depends:"):
            deps.append(line.split(":", 1)[1].strip())
    return deps


def apt_version(pkg):
    out = run(["apt-cache", "show", "--no-all-versions", pkg], check=False)
    m = re.search(r"^Version: (\S+)", out, re.M)
    return m.group(1) if m else None


def apt_lists_stamp():
    """Changes whenever apt's package lists do (apt-get update)."""
    lists = glob.glob("/var/lib/apt/lists/*Packages*")
    return "%d:%s" % (len(lists), max((os.stat(p).st_mtime_ns for p in lists), default=0))


def pick_kernel_cached(root, wanted):
    """pick_kernel, remembered until apt's lists change (apt-cache is slow)."""
    path = os.path.join(root, "apt-pick.json")
    stamp = [apt_lists_stamp(), wanted]
    try:
        with open(path) as f:
            saved = json.load(f)
        if saved["stamp"] == stamp and saved["sel"]:
            return saved["sel"]
    except (OSError, ValueError, KeyError):
        pass
    sel = pick_kernel(wanted)
    with open(path, "w") as f:
        json.dump({"stamp": stamp, "sel": sel}, f)
    return sel


def pick_kernel(wanted):
    """The kernel packages to use: a dict, or None when apt knows none."""
    if not shutil.which("apt-cache"):
        return None
    if wanted:
        image = "linux-image-" + wanted
    else:
        image = next((d for d in apt_depends("linux-image-amd64")
                      if re.match(r"linux-image-.*-amd64(-unsigned)?$", d)), None)
        if not image:
            return None
        image = re.sub(r"-unsigned$", "", image)
    release = image[len("linux-image-"):]
    version = apt_version(image)
    if not version:
        return None
    headers = "linux-headers-" + release
    hdeps = apt_depends(headers)
    common = next((d for d in hdeps if d.startswith("linux-headers-") and d.endswith("-common")), None)
    kbuild = next((d for d in hdeps if d.startswith("linux-kbuild-")), None)
    series = re.match(r"(\d+\.\d+)", release)
    if not common or not kbuild or not series:
        return None
    return {
        "release": release,
        "version": version,
        "image": image,
        "headers": [headers, common, kbuild],
        "source": "linux-source-" + series.group(1),
    }


def cached_kernels(root):
    """Prepared kernel directories, most recently used first."""
    dirs = [d for d in glob.glob(os.path.join(root, "kernel-*"))
            if os.path.exists(os.path.join(d, ".complete"))]
    return sorted(dirs, key=lambda d: os.stat(d).st_mtime, reverse=True)


def kernel_dir_name(sel):
    """Names what a kernel directory holds: the kernel, and how it was
    prepared (which modules were taken from the image)."""
    how = hashlib.sha256(repr((KERNEL_PREP_VERSION, KERNEL_MODULES, SOURCE_FILES)).encode()).hexdigest()[:8]
    return "kernel-%s-%s-%s" % (sel["release"], sel["version"].replace(":", "_"), how)


def apt_download(pkgs, dest):
    """apt-get download each package (name or name=version) into dest."""
    for pkg in pkgs:
        try:
            run(["apt-get", "download", "-q", pkg], cwd=dest, timeout=900)
        except SetupError as e:
            if "=" in pkg:  # that exact version is gone: take the current one
                run(["apt-get", "download", "-q", pkg.split("=")[0]], cwd=dest, timeout=900)
            else:
                raise Skip("apt-get download %s failed: %s" % (pkg, str(e).splitlines()[0]))


def deb_extract(deb, dest, members=None):
    """Extracts a .deb's data (all of it, or members: a predicate on names)."""
    if members is None:
        run(["dpkg-deb", "-x", deb, dest])
        return
    p = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", deb], stdout=subprocess.PIPE)
    with tarfile.open(fileobj=p.stdout, mode="r|") as tar:
        for m in tar:
            if members(m.name):
                tar.extract(m, dest, set_attrs=False)
    p.wait()


def module_depends(path):
    with open(path, "rb") as f:
        data = f.read()
    m = re.search(rb"(?:^|\0)depends=([^\0]*)\0", data)
    return [d for d in m.group(1).decode().split(",") if d] if m else []


def read_module(path):
    """A module file's bytes, decompressed (.ko.xz, .ko.gz, .ko.zst)."""
    if path.endswith(".xz"):
        return lzma.open(path).read()
    if path.endswith(".gz"):
        return gzip.open(path).read()
    if path.endswith(".zst"):
        return subprocess.run(["zstd", "-dc", path], check=True, capture_output=True).stdout
    with open(path, "rb") as f:
        return f.read()


def kernel_config(kdir, release):
    cfg = {}
    with open(os.path.join(kdir, "config-" + release)) as f:
        for line in f:
            m = re.match(r"(CONFIG_\w+)=(.*)", line)
            if m:
                cfg[m.group(1)] = m.group(2)
    return cfg


def prepare_kernel(root, sel):
    """Downloads and unpacks the kernel; returns its cache directory."""
    kdir = os.path.join(root, kernel_dir_name(sel))
    if os.path.exists(os.path.join(kdir, ".complete")):
        touch(kdir)
        return kdir
    t0 = time.time()
    log("preparing kernel %s (%s): downloading packages" % (sel["release"], sel["version"]))
    shutil.rmtree(kdir, ignore_errors=True)
    tmp = tempfile.mkdtemp(prefix="tmp-kernel-", dir=root)
    try:
        v = sel["version"]
        apt_download([sel["image"] + "=" + v] + sel["headers"] + [sel["source"] + "=" + v], tmp)
        debs = glob.glob(os.path.join(tmp, "*.deb"))
        staging = os.path.join(tmp, "staging")
        os.makedirs(os.path.join(staging, "modules"))
        rel = sel["release"]

        # The image: vmlinuz, config and the modules we load.
        image_deb = next(d for d in debs if os.path.basename(d).startswith(sel["image"] + "_"))
        img = os.path.join(tmp, "image")
        deb_extract(image_deb, img)
        boot = os.path.join(img, "boot")
        shutil.copy(os.path.join(boot, "config-" + rel), staging)
        cfg = kernel_config(staging, rel)
        moddir = glob.glob(os.path.join(img, "lib", "modules", rel)) + \
            glob.glob(os.path.join(img, "usr", "lib", "modules", rel))
        if not moddir:
            raise SetupError("no modules directory in " + image_deb)
        by_name = {}
        for path in glob.glob(os.path.join(moddir[0], "kernel", "**", "*.ko*"), recursive=True):
            name = re.sub(r"\.ko(\.\w+)?$", "", os.path.basename(path)).replace("-", "_")
            by_name[name] = path
        wanted = [m for m, _ in KERNEL_MODULES]
        for m in ("gpio_sim", "irq_sim"):
            if cfg.get("CONFIG_" + m.upper()) == "m":
                wanted.append(m)
        order, seen = [], set()

        def add(name):
            key = name.replace("-", "_")
            if key in seen:
                return
            seen.add(key)
            if key not in by_name:
                if cfg.get("CONFIG_" + key.upper()) == "y":
                    return
                raise SetupError("module %s not found in %s" % (name, image_deb))
            data = read_module(by_name[key])
            with open(os.path.join(staging, "modules", key + ".ko"), "wb") as f:
                f.write(data)
            for dep in module_depends(os.path.join(staging, "modules", key + ".ko")):
                add(dep)
            order.append(key)

        for m in wanted:
            add(m)
        with open(os.path.join(staging, "modules", "order"), "w") as f:
            f.write("\n".join(order) + "\n")

        # Headers and kbuild, to build modules against.
        for d in debs:
            if any(os.path.basename(d).startswith(h + "_") for h in sel["headers"]):
                deb_extract(d, os.path.join(staging, "tree"))
        mk = os.path.join(staging, "tree", "usr", "src", "linux-headers-" + rel, "Makefile")
        with open(mk) as f:
            text = f.read()
        # Debian's Makefile includes the -common one by absolute path.
        text = re.sub(r"^include /usr/src/", "include %s/tree/usr/src/" % kdir, text, flags=re.M)
        with open(mk, "w") as f:
            f.write(text)

        # A few source files (never stored in the repository).
        log("extracting %s from linux-source" % ", ".join(os.path.basename(s) for s in SOURCE_FILES))
        src_deb = next(d for d in debs if os.path.basename(d).startswith(sel["source"] + "_"))
        src = os.path.join(staging, "src")
        os.makedirs(src)
        p = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", src_deb], stdout=subprocess.PIPE)
        found = set()
        with tarfile.open(fileobj=p.stdout, mode="r|") as outer:
            for m in outer:
                if not re.search(r"/linux-source-[\d.]+\.tar\.(xz|gz|bz2)$", m.name):
                    continue
                inner_f = outer.extractfile(m)
                with tarfile.open(fileobj=inner_f, mode="r|*") as inner:
                    for im in inner:
                        rel_name = im.name.split("/", 1)[-1]
                        if rel_name in SOURCE_FILES and im.isfile():
                            with open(os.path.join(src, os.path.basename(rel_name)), "wb") as out:
                                out.write(inner.extractfile(im).read())
                            found.add(rel_name)
                break
        p.stdout.close()
        p.wait()
        missing = set(SOURCE_FILES) - found
        if missing:
            raise SetupError("not in %s: %s" % (src_deb, ", ".join(sorted(missing))))

        # vmlinux: microvm boots an uncompressed ELF (PVH entry).
        with open(os.path.join(staging, "vmlinux"), "wb") as out:
            subprocess.run(["sh", os.path.join(src, "extract-vmlinux"), os.path.join(boot, "vmlinuz-" + rel)],
                           stdout=out, stderr=subprocess.PIPE, check=True)
        with open(os.path.join(staging, "vmlinux"), "rb") as f:
            if f.read(4) != b"\x7fELF":
                raise SetupError("extract-vmlinux gave no ELF (is xz-utils installed?)")
        with open(os.path.join(staging, "meta.json"), "w") as f:
            json.dump(sel, f)
        open(os.path.join(staging, ".complete"), "w").close()
        os.rename(staging, kdir)
    except subprocess.CalledProcessError as e:
        raise SetupError("%s: %s" % (e.cmd, e.stderr.decode(errors="replace")[-2000:]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    log("kernel ready in %.1f s" % (time.time() - t0))
    # Older kernels are no longer needed.
    for d in glob.glob(os.path.join(root, "kernel-*")):
        if d != kdir:
            shutil.rmtree(d, ignore_errors=True)
    return kdir


def find_kernel(root, wanted):
    """The prepared kernel directory to use; Skip when there is none."""
    sel = None
    reason = "apt-cache knows no linux-image-amd64 (run apt-get update)"
    try:
        sel = pick_kernel_cached(root, wanted)
    except SetupError as e:
        reason = str(e)
    if sel:
        kdir = os.path.join(root, kernel_dir_name(sel))
        if os.path.exists(os.path.join(kdir, ".complete")):
            touch(kdir)
            return kdir
        if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
            reason = "apt-get and dpkg-deb are needed to fetch the kernel"
        else:
            try:
                return prepare_kernel(root, sel)
            except Skip as e:
                reason = str(e)
    cached = [d for d in cached_kernels(root)
              if not wanted or os.path.basename(d).startswith("kernel-%s-" % wanted)]
    if cached:
        log("using the cached kernel %s (%s)" % (os.path.basename(cached[0]), reason))
        touch(cached[0])
        return cached[0]
    raise Skip(reason)


def patch_irq_sim(text):
    """irq_sim as a module: Debian 12 builds it in nowhere, and it calls the
    unexported irq_to_desc. generic_handle_irq does the same (it looks the
    descriptor up and runs its handler, handle_simple_irq)."""
    text = re.sub(r"handle_simple_irq\(irq_to_desc\((\w+)\)\);", r"generic_handle_irq(\1);", text)
    if "MODULE_LICENSE" not in text:
        text += '\n#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' \
                'MODULE_DESCRIPTION("Interrupt simulator (built out of tree for tests)");\n'
    return text


def kernel_compiler(kdir, release):
    """The compiler Debian built the kernel with (CC in .kernelvariables)."""
    path = os.path.join(kdir, "tree", "usr", "src", "linux-headers-" + release, ".kernelvariables")
    try:
        with open(path) as f:
            m = re.search(r"\b(gcc-\d+|clang-\d+)\b", f.read())
    except OSError:
        return None
    return m.group(1) if m else None


def build_modules(kdir, meta):
    """Builds gpio-sim and irq_sim (when the kernel lacks them) and our mock
    modules; returns the directory holding the .ko files."""
    release = meta["release"]
    cfg = kernel_config(kdir, release)
    ours = sorted(glob.glob(os.path.join(HERE, "modules", "*.c"))) + [os.path.join(HERE, "modules", "Kbuild")]
    need_sim = [m for m in ("irq_sim", "gpio_sim") if cfg.get("CONFIG_" + m.upper()) not in ("y", "m")]
    key = sha256_files(ours, extra=("%s|%s|%s" % (release, need_sim, KERNEL_PREP_VERSION)).encode())[:16]
    out = os.path.join(kdir, "mod-" + key)
    if os.path.exists(os.path.join(out, ".complete")):
        touch(out)
        return out
    cc = kernel_compiler(kdir, release)
    if cc and not shutil.which(cc):
        raise Skip("%s, the compiler the kernel was built with, is not installed "
                   "(apt-get install %s)" % (cc, cc))
    if not shutil.which("make"):
        raise Skip("make is not installed")
    t0 = time.time()
    log("building kernel modules: %s" % ", ".join(need_sim + [m for m, _ in OUR_MODULES]))
    shutil.rmtree(out, ignore_errors=True)
    build = out + ".tmp"
    shutil.rmtree(build, ignore_errors=True)
    os.makedirs(build)
    for p in ours:
        shutil.copy(p, build)
    objs = [m + ".o" for m, _ in OUR_MODULES]
    src = os.path.join(kdir, "src")
    if "irq_sim" in need_sim:
        with open(os.path.join(src, "irq_sim.c")) as f:
            text = patch_irq_sim(f.read())
        with open(os.path.join(build, "irq_sim.c"), "w") as f:
            f.write(text)
        objs.append("irq_sim.o")
    if "gpio_sim" in need_sim:
        shutil.copy(os.path.join(src, "gpio-sim.c"), build)
        shutil.copy(os.path.join(src, "gpiolib.h"), build)
        objs.append("gpio-sim.o")
    with open(os.path.join(build, "Kbuild"), "w") as f:
        f.write("obj-m := %s\n" % " ".join(objs))
    headers = os.path.join(kdir, "tree", "usr", "src", "linux-headers-" + release)
    run(["make", "-C", headers, "M=" + build, "-j%d" % min(2, os.cpu_count() or 1), "modules"], timeout=900)
    os.makedirs(out)
    for ko in glob.glob(os.path.join(build, "*.ko")):
        name = os.path.basename(ko).replace("-", "_")
        shutil.copy(ko, os.path.join(out, name))
    shutil.rmtree(build, ignore_errors=True)
    open(os.path.join(out, ".complete"), "w").close()
    log("modules built in %.1f s" % (time.time() - t0))
    prune(os.path.join(kdir, "mod-*"), 3)
    return out
