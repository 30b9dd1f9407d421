# which argument types each function accepts
import binascii

inputs = [b"616263", bytearray(b"616263"), memoryview(b"616263"), "616263", "6162é3", 616263, None, ["61"]]
for f in (binascii.unhexlify, binascii.a2b_base64, binascii.hexlify, binascii.b2a_base64, binascii.crc32):
    row = [f.__name__]
    for x in inputs:
        try:
            r = f(x)
            row.append(type(r).__name__)
        except (TypeError, ValueError) as e:
            row.append(type(e).__name__)
    print(row)
print(binascii.a2b_base64("YWJj"), binascii.unhexlify("616263"), binascii.hexlify(bytearray(b"abc")))
import array
print(binascii.hexlify(array.array("B", [1, 2, 255])), binascii.crc32(array.array("B", [1, 2])))
