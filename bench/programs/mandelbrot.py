# Float arithmetic: escape-time Mandelbrot set on a grid, using plain floats
# (no complex type). Prints iteration total and a row checksum.


def mandel(w, h, max_iter):
    total = 0
    rows = 0
    for py in range(h):
        ci = py * 2.4 / h - 1.2
        row = 0
        for px in range(w):
            cr = px * 3.2 / w - 2.2
            zr = 0.0
            zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            total += i
            if i == max_iter:
                row += 1
        rows = (rows * 31 + row) % 1000003
    return total, rows


def main():
    total, rows = mandel(320, 240, 200)
    print("mandelbrot", total, rows)


main()
