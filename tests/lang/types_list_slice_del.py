# list: del with indices and slices, extended slices, negative steps
l = list(range(12))
del l[0]
del l[-1]
print(l)
del l[2:4]
print(l)
del l[::3]
print(l)
l = list(range(12))
del l[::-2]
print(l)
l = list(range(12))
del l[1::4]
print(l)
l = list(range(12))
del l[8:2:-3]
print(l)
l = list(range(5))
del l[3:1]
print(l)
del l[100:]
print(l)
del l[:]
print(l)
l = list(range(10))
del l[-3:]
print(l)
del l[::1]
print(l)
l = list(range(10))
del l[::-1]
print(l)
try:
    del l[0]
except IndexError as e:
    print("IndexError", e)
l = [1, 2]
try:
    del l[2]
except IndexError as e:
    print("IndexError", e)
try:
    del l["a"]
except TypeError as e:
    print("TypeError", e)
big = list(range(1000))
del big[::2]
print(len(big), big[:5], big[-1])
del big[10:-10]
print(big)
