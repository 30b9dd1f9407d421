# f-strings: numeric formatting of ints and floats in tables, signs, widths, grouping
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 12.125)]
for name, qty, price in rows:
    print(f"{name:<8}|{qty:>5}|{price:>8.2f}|{qty * price:>9.3f}")
for v in [0, 7, -7, 255, 65535, -65536]:
    print(f"{v:d} {v:+d} {v:x} {v:#06x} {v:o} {v:b} {v:_} {v:>+8,}")
for f in [0.0, 1.0, -1.5, 3.14159, 1234567.891, 1e-5, 2.5e10]:
    print(f"{f} {f:.1f} {f:e} {f:.3g} {f:%} {f:+.2f} {f:,.2f} {f:12.4e}")
n = 42
print(f"{n:c}", f"{n:08b}", f"{n:^10}", f"{n:*<6}", f"{n:=+6}")
print(f"{True:d}", f"{False}", f"{True!s}")
print(f"{10**20:,}", f"{-10**20:_d}")
print(f"{0.1 + 0.2:.20f}", f"{1/3:.0%}", f"{2/3:10.4}")
print(f"{float('inf'):>6}|{float('-inf'):<6}|{float('nan'):^7}|")
