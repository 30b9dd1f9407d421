# OSError subclasses, errno values and messages from os functions.
import os

D = "_tmp_os_errors"

def rmtree(d):
    for n in os.listdir(d):
        p = d + "/" + n
        if os.stat(p)[0] & 0o170000 == 0o040000:
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(d)

if D in os.listdir():
    rmtree(D)  # left over from an interrupted run
os.mkdir(D)
os.chdir(D)

def attempt(name, fn, *args):
    try:
        fn(*args)
        print(name, "ok")
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.filename, str(e))

try:
    attempt("stat", os.stat, "nope")
    attempt("listdir", os.listdir, "nope")
    attempt("remove", os.remove, "nope")
    attempt("rmdir", os.rmdir, "nope")
    attempt("chdir", os.chdir, "nope")
    os.mkdir("d")
    attempt("mkdir again", os.mkdir, "d")
    with open("d/f", "w") as f:
        f.write("x")
    attempt("rmdir nonempty", os.rmdir, "d")
    attempt("listdir file", os.listdir, "d/f")
    attempt("remove dir", os.remove, "d")
    os.remove("d/f")
    os.rmdir("d")
    try:
        os.stat(5.5)
    except TypeError as e:
        print("TypeError", e)
    try:
        os.stat("a\0b")
    except ValueError as e:
        print("ValueError", e)
    try:
        os.urandom(-1)
    except ValueError as e:
        print("ValueError", e)
finally:
    os.chdir("..")
    rmtree(D)
