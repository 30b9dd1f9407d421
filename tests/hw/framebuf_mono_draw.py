# Expected output in framebuf_mono_draw.exp (the same under CPython, which
# runs examples/lib/framebuf_mono.py unchanged): drawing with clipping at
# every edge, a partial last page, both colours, and text, checked against
# a plain per-pixel model.
from framebuf_mono import FrameBuffer

W, H = 21, 13  # the last page holds 5 rows


def render(fb):
    return ["".join("#" if fb.pixel(x, y) else "." for x in range(W)) for y in range(H)]


class Model:
    def __init__(self):
        self.p = [[0] * W for _ in range(H)]

    def set(self, x, y, c):
        if 0 <= x < W and 0 <= y < H:
            self.p[y][x] = c

    def rect(self, x, y, w, h, c):
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                self.set(xx, yy, c)

    def rows(self):
        return ["".join("#" if v else "." for v in r) for r in self.p]


buf = bytearray(W * 2 + 3)  # 3 bytes to spare: must stay untouched
fb = FrameBuffer(buf, W, H)
m = Model()
ok = True
for x, y, w, h, c in [(-3, -2, 8, 6, 1), (15, 9, 10, 10, 1), (2, 3, 5, 9, 1), (3, 4, 2, 2, 0),
                      (-5, 12, 40, 1, 1), (10, -4, 1, 30, 1), (0, 0, 0, 5, 1), (4, 4, 3, -1, 1)]:
    fb.fill_rect(x, y, w, h, c)
    m.rect(x, y, w, h, c)
    ok = ok and render(fb) == m.rows()
print("fill_rect", ok, bytes(buf[-3:]))
fb.fill(1)
print("fill", all(r == "#" * W for r in render(fb)), bytes(buf[-3:]))
fb.fill(0)
fb.vline(20, 8, 10, 1)
fb.hline(-2, 12, 5, 1)
print("\n".join(render(fb)[8:]))
print(fb.pixel(-1, 0), fb.pixel(W, 0), fb.pixel(0, H), fb.pixel(20, 12))
fb.fill(0)
fb.rect(0, 0, W, H, 1)
fb.line(0, 0, 20, 12, 1)
fb.line(20, 0, 0, 12, 0)
print("\n".join(render(fb)))
fb.fill(0)
fb.circle(10, 6, 5, 1)
fb.text("Hi!", 1, 3, 1)
fb.text("\x01", 16, -2, 1)  # not in the font: "?", clipped at two edges
print("\n".join(render(fb)))
fb.fill(1)
fb.text("ab\nc", 0, 0, 0, size=1)
print("\n".join(render(fb)))
try:
    FrameBuffer(bytearray(10), 8, 16)
except ValueError as e:
    print("ValueError", e)
