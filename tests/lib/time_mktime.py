# mktime is the inverse of localtime; both work in UTC here.
# CircuitPython's mktime returns an int (CPython: float), and localtime marks
# tm_isdst -1 (unknown) because boards have no time zone database.
import time

for secs in [0, 86400, 951782400, 1700000000, 2000000000, 4102444800]:
    t = time.localtime(secs)
    back = time.mktime(t)
    print(secs, back, type(back).__name__, t.tm_isdst, tuple(t)[:8] == tuple(time.gmtime(secs))[:8])

# out-of-range fields normalise like C's mktime
print(time.mktime((2024, 13, 1, 0, 0, 0, 0, 0, -1)))    # month 13 -> next January
print(time.mktime((2024, 3, 0, 0, 0, 0, 0, 0, -1)))     # day 0 -> last day of February
print(time.mktime((2024, 1, 1, 25, 61, 61, 0, 0, -1)))  # hours/minutes/seconds carry
print(time.mktime((1970, 1, 1, 0, 0, -1, 0, 0, -1)))
print(time.mktime(time.struct_time((2038, 1, 19, 3, 14, 8, 1, 19, 0))))
print(time.localtime(0))
