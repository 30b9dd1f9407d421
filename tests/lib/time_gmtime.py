# time.gmtime and struct_time: fields, indexing, tuple behaviour.
import time

for secs in [0, 1, 59, 86399, 86400, 951782400, 951868799, 1700000000, 4102444800, 253402300799, -1, -86401,
             -2208988800, 1234567890.9, -0.5]:
    t = time.gmtime(secs)
    print(secs, t)

t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[2:5], len(t), list(t))
print(isinstance(t, tuple), type(t).__name__)
print(t == tuple(t), tuple(t) == t, t != time.gmtime(0))
print(hash(t) == hash(tuple(t)))
y, mo, d, h, mi, s, wd, yd, dst = t
print(y, mo, d, h, mi, s, wd, yd, dst)
print(t.count(0), t.index(2023), 2023 in t)
print(t + (1,))

# leap years and week days across centuries
for year in [1900, 1970, 2000, 2023, 2024, 2100, 2400]:
    jan1 = time.gmtime((year - 1970) * 365 * 86400)
    print(year, jan1.tm_year, jan1.tm_yday)

# every day of a leap year maps to consecutive yday values
base = 946684800  # 2000-01-01
prev = None
ok = True
for day in range(366):
    g = time.gmtime(base + day * 86400 + 43200)
    if g.tm_yday != day + 1 or g.tm_hour != 12:
        ok = False
    if prev is not None and (prev + 1) % 7 != g.tm_wday:
        ok = False
    prev = g.tm_wday
print("year 2000 consistent:", ok, g.tm_mon, g.tm_mday)
