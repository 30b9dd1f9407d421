def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# int()/float() accept Unicode decimal digits and whitespace
print(int('\u0661\u0662\u0663'))
print(int('\uff11\uff12'))
print(int('\u0966\u0967'))
print(int('\u00a012\u2003'))
print(int('\u3000-7\u3000'))
print(int('1\u0662', 16))
print(float('\u0661.\u0665'))
print(float('\u2003 1.5\u2003'))
t(lambda: int('\u00bd'))
t(lambda: int('\u2460'))
t(lambda: int('\x1c12'))
t(lambda: float('\u0661\u066b\u0665'))
t(lambda: int('12\u0085'))
t(lambda: int('\u0663' * 3 + 'x'))
