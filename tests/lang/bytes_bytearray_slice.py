# bytearray slice assignment and deletion
def run(setup):
    b = bytearray(b"abcdef")
    try:
        setup(b)
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
def s1(b): b[1:3] = b"XYZ"
def s2(b): b[1:1] = b"--"
def s3(b): b[:] = b""
def s4(b): b[::2] = b"123"
def s5(b): b[::-1] = b"zyxwvu"
def s6(b): b[::2] = b"1"
def s7(b): b[0:2] = 5
def s8(b): b[0:2] = "xy"
def s9(b): b[0:2] = [1, 2, 3]
def s10(b): b[0:1] = [300]
def s11(b): b[2:] = b
def s12(b): del b[::2]
def s13(b): del b[1:4]
def s14(b): del b[::-2]
def s15(b): b[4:1] = b"ins"
def s16(b): b[1:2] = None
def s17(b): b[1:5:3] = bytearray(b"QR")
def s18(b): b[-2:] = memoryview(b"MV")
def s19(b): del b[:]
def s20(b): b[1:3] = (x for x in b"gen")
for f in [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20]:
    run(f)
