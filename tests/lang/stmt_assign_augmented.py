# statements: every augmented assignment operator on ints, lists, strings
x = 10
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x //= 5; print(x)
x /= 4; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF; print(x)
x |= 0x30; print(x)
x ^= 0xFF; print(x)
l = [1]
l2 = l
l += [2, 3]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = "ab"
s *= 3
print(s)
d = {"k": 1}
d["k"] += 10
print(d)
class O:
    v = 1
o = O()
o.v += 5
print(o.v, O.v)
arr = [1, 2, 3]
idx = 0
arr[idx] *= 7
print(arr)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
print(m)
try:
    undefined_var += 1
except NameError as e:
    print("NameError", e)
