# bytes indexing gives ints, slicing gives bytes
b = b"abcdefgh"
print(b[0], b[-1], b[3], type(b[0]).__name__, b[1:3], b[:-2], b[::2], b[::-1], b[5:1:-2], b[100:], b[-100:2])
print(b[True], b[slice(2, None)], b[::3], b[7:0:-3])
for i in [8, -9]:
    try:
        b[i]
    except IndexError as e:
        print("IndexError", e)
for bad in ["a", 1.5, None]:
    try:
        b[bad]
    except TypeError as e:
        print("TypeError", e)
try:
    b[::0]
except ValueError as e:
    print("ValueError", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
print(list(b[2:5]), [x for x in b"\x00\xff"], sum(b"\x01\x02\x03"))
