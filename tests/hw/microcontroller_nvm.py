# Expected output in microcontroller_nvm.exp: CPython has no microcontroller module.
# microcontroller.nvm (a file on the host: written first, then read back).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import microcontroller

nvm = microcontroller.nvm
print(nvm, type(nvm).__name__, len(nvm), bool(nvm))
nvm[0] = 7
nvm[-1] = 255
print(nvm[0], nvm[-1], nvm[len(nvm) - 1])
nvm[1:4] = b"abc"
print(nvm[0:4], nvm[1:4], nvm[:2])
nvm[4:6] = bytearray(b"xy")
nvm[6:8] = memoryview(b"zz")
print(nvm[4:8])
print(nvm[10:5], nvm[8190:9000] == bytearray(nvm[8190:]))
nvm[0:0] = b""
for bad in (lambda: nvm[0:4:2], lambda: nvm[::-1], lambda: nvm.__setitem__(slice(0, 4, 2), b"ab")):
    try:
        bad()
    except NotImplementedError as e:
        print("NotImplementedError", e)
print(nvm[0:4:1])
tests = [
    lambda: nvm.__setitem__(slice(0, 2), b"abc"),
    lambda: nvm.__setitem__(0, 256),
    lambda: nvm.__setitem__(0, -1),
    lambda: nvm[8192],
    lambda: nvm[-8193],
    lambda: nvm.__setitem__(slice(0, 2), [1, 2]),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
try:
    del nvm[0]
except TypeError as e:
    print("TypeError", e)
import array
try:
    nvm[0:2] = array.array("h", [1])
except ValueError as e:
    print("ValueError", e)
