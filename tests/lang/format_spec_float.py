# format specs for float: f, e, g, %, precision, signs, inf/nan
vals = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e22, 123456789.0]
for v in vals:
    print(format(v, ""), format(v, "f"), format(v, ".2f"), format(v, "e"),
          format(v, ".3g"), format(v, "g"), format(v, "10.1f"))
print(format(0.5, "%"), format(0.125, ".1%"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"))
print(format(3.0, "+"), format(3.0, " "), format(-3.0, "+"))
print(format(2.5, "08.2f"), format(-2.5, "08.2f"), format(2.5, "*^10.2f"))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "g"))
print(format(float("inf"), "F"), format(float("nan"), "E"), format(1e300, "G"))
print(format(1.0, "#.0f"), format(1.0, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(1e16, ""), format(1e15, ""))
print(format(12.0, "g"), format(12.0, "#g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(2.675, ".2f"), format(1.005, ".2f"))
print(format(1/3, ".15f"), format(2/3, ".17g"))
for bad in ["d", "x", "c", ",d"]:
    try:
        format(1.5, bad)
        print(bad, "ok")
    except ValueError:
        print(bad, "ValueError")
