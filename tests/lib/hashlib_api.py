# Hash object interface: update, copy, digest/hexdigest, attributes, errors.
import hashlib

for name in ["md5", "sha1", "sha224", "sha256"]:
    h = hashlib.new(name)
    print(h.name, h.digest_size, h.block_size)
    h.update(b"hello ")
    c = h.copy()
    h.update(b"world")
    c.update(b"there")
    print(h.hexdigest(), c.hexdigest())
    print(h.digest() == bytes.fromhex(h.hexdigest()), len(h.digest()))
    print(h.hexdigest() == getattr(hashlib, name)(b"hello world").hexdigest())
    print(h.hexdigest() == h.hexdigest())
print(hashlib.sha256(bytearray(b"abc")).hexdigest() == hashlib.sha256(memoryview(b"abc")).hexdigest())
print(hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(hashlib.sha1(string=b"abc").hexdigest())
print(hashlib.sha256(b"abc", usedforsecurity=False).hexdigest()[:16])
print(sorted(n for n in hashlib.algorithms_guaranteed if n in ("md5", "sha1", "sha224", "sha256")))
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.sha256(5), lambda: hashlib.new("nope"),
            lambda: hashlib.md5().update("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
