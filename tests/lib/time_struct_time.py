# Constructing time.struct_time and its errors.
import time

st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st)
print(st.tm_year, st.tm_yday, st[6])
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9]))
print(time.struct_time(range(9)) == tuple(range(9)))

for bad in [(1, 2), tuple(range(8)), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)

try:
    st.tm_year = 1999
except AttributeError as e:
    print("AttributeError")

try:
    st[0] = 5
except TypeError as e:
    print("TypeError", e)

try:
    time.mktime("x")
except TypeError as e:
    print("TypeError", e)

try:
    time.mktime((1, 2, 3))
except TypeError as e:
    print("TypeError", e)
