# expressions: augmented assignment result types for mutable vs immutable operands
cases = []
l = [1]; l2 = l; l += [2]; cases.append(("list +=", l2 is l, l))
t = (1,); t2 = t; t += (2,); cases.append(("tuple +=", t2 is t, t))
s = "a"; s2 = s; s += "b"; cases.append(("str +=", s2 is s, s))
st = {1}; st2 = st; st |= {2}; cases.append(("set |=", st2 is st, sorted(st)))
fs = frozenset([1]); fs2 = fs; fs |= {2}; cases.append(("frozenset |=", fs2 is fs, sorted(fs)))
d = {"a": 1}; d2 = d; d |= {"b": 2}; cases.append(("dict |=", d2 is d, d))
ba = bytearray(b"a"); ba2 = ba; ba += b"b"; cases.append(("bytearray +=", ba2 is ba, ba))
b = b"a"; b2 = b; b += b"b"; cases.append(("bytes +=", b2 is b, b))
n = 10; n += 0.5; cases.append(("int += float", None, type(n).__name__))
m = 7; m /= 7; cases.append(("int /= int", None, type(m).__name__))
k = 7; k //= 2.0; cases.append(("int //= float", None, k))
lm = [0]; lm *= 3; cases.append(("list *=", None, lm))
for c in cases:
    print(*c)
