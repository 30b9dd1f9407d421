# Known digests (FIPS 180-4 / RFC 1321 examples) and block-boundary lengths.
import hashlib

tests = [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         b"The quick brown fox jumps over the lazy dog", b"a" * 1000]
for name in ["md5", "sha1", "sha224", "sha256"]:
    for t in tests:
        print(name, len(t), getattr(hashlib, name)(t).hexdigest())
    for n in [55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129]:
        print(name, n, hashlib.new(name, bytes(range(n))).hexdigest())
h = hashlib.sha256()
for i in range(1000):
    h.update(b"a" * 1000)
print(h.hexdigest())
