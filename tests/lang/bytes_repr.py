# bytes repr and str
for b in [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\",
          b"\x0b\x0c", bytes(range(30, 40)), bytes(range(120, 135)), b"'", b'"']:
    print(repr(b), str(b), len(repr(b)))
print(bytes(range(256)))
print([b"a", b"\xff"], (b"x",), {b"k": b"v"})
print("%s|%r|%a" % (b"x", b"y", b"\xff"), "{}".format(b"z"), f"{b'q'!r}")
