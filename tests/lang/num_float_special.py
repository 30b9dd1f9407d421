def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# inf and nan
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, -nan, inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, inf == inf, -inf < inf, inf > 10**400)
print(nan is nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print(1 / inf, -1 / inf, inf // 1 if False else 5 // inf, -5 // inf)
print(bool(nan), bool(inf), bool(0.0), bool(-0.0))
print(max(1.0, nan), max(nan, 1.0), min(inf, -inf))
print(float('infinity'), float('-Infinity'), float('NaN'), float('+inf'), float('-nan'))
t(lambda: int(inf))
t(lambda: int(nan))
t(lambda: round(inf))
t(lambda: round(nan))
print(round(inf, 2), round(nan, 2), round(-inf, -2))
print(inf.is_integer(), nan.is_integer(), inf.hex(), nan.hex())
t(lambda: inf.as_integer_ratio())
t(lambda: nan.as_integer_ratio())
print(hash(inf), hash(-inf))
print(inf == 10**400, -inf < -(10**400), nan == 10**400, 10**400 < inf)
