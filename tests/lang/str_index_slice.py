# str indexing and slicing (ASCII)
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], s[3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[::-3], s[-1:-11:-1], s[::100], s[slice(1, 4)], s[slice(None, None, -2)])
for i in [10, -11, 100]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError", e)
for bad in ["a", 1.5, None]:
    try:
        s[bad]
    except TypeError as e:
        print("TypeError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
print(s[True], s[False:True])
print("".join(s[i] for i in range(len(s))))
print(s[2:8][1:4][::-1])
