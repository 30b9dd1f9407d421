# thousands separators for int, including zero padding
vals = [0, 5, 999, 1000, -1000, 12345, 1234567, -1234567, 10**9, 2**64, -(10**21)]
for spec in [",", "_", ",d", "_d", "_x", "_X", "_o", "_b", "#_x", "#_b", "010,", "09,", "08,", "012_", "+015,",
             "0=10,", "*=10,", "*>12,", "<12,", "^14_", "012_x", "#012_x", "-015_b", " 013,"]:
    print(repr(spec), [format(v, spec) for v in vals])
print(format(1234, ",").split(","), "{:,}".format(10**12), "{:_}".format(-10**6))
