# repr of complex numbers
inf, nan = float('inf'), float('nan')
for re_ in [0.0, -0.0, 1.0, -1.0, 1.5, 1e16, 1e-5, 123.0, inf, -inf, nan]:
    for im in [0.0, -0.0, 1.0, -1.0, 2.5, 1e20, 1e-7, inf, -inf, nan]:
        z = complex(re_, im)
        print(repr(z), str(z))
print(1j, -1j, 2j, 0j, -0j, 1 + 1j, 1 - 1j, (1 + 2j) * 1j, [1j, 2 + 0j], (3j,))
print(f'{1 + 2j}', str(1e300j), repr(1e-300 + 1e300j))
