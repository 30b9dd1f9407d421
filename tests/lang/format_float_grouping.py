# grouping for float formats
vals = [0.5, 1234.5, -1234.5, 1234567.891, 1e10, 123.0, -0.001, 1e22, float("inf")]
for spec in [",", "_", ",.2f", "_.2f", ",.3e", ",g", ",.1%", "015,.2f", "015_.2f", "+015,.1f", "0=15,.1e",
             "*>16,.2f", "^16,.1f", "014,", ",.10g"]:
    print(repr(spec), [format(v, spec) for v in vals])
