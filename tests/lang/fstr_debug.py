# f-strings: the = specifier preserves expression text and whitespace and uses repr by default
a = 3
b = "str"
c = [1, 2]
print(f"{a=}")
print(f"{b=}")
print(f"{c=}")
print(f"{a + 1=}")
print(f"{a=}, {b=}")
print(f"{ a = }")
print(f"{a  *  2 = }")
print(f"{b=!s}")
print(f"{b=!r}")
print(f"{a=:>5}")
print(f"{3.14159=:.2f}")
print(f"{c[0]=}")
print(f"{len(c)=}")
print(f"{b.upper()=}")
print(f"{None=}")
print(f"{'q'=}")
print(f"{a==3=}")
d = {"k": 1}
print(f"{d['k']=}")
