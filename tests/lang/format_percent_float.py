# %-formatting of floats
vals = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 1e22, float("inf"), float("-inf"), float("nan"), 7]
for spec in ["%f", "%F", "%e", "%E", "%g", "%G", "%.2f", "%.0f", "%#.0f", "%.3e", "%.3g", "%#g", "%10.3f|",
             "%-10.2f|", "%010.2f", "%+.1f", "% .1f", "%+010.3e", "%.10g", "%.*f"]:
    if "*" in spec:
        print(spec, [spec % (2, v) for v in vals])
    else:
        print(spec, [spec % v for v in vals])
print("%.1f%%" % 99.5, "%5.1f|%-7.2e|" % (2.5, 0.000123), "%f" % True)
