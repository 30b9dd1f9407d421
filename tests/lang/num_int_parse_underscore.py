def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# underscores in int() literals: only single ones between digits
for s in ['1_000', '1__000', '_1000', '1000_', '1_0_0_0', '0x_ff', '0x__ff', '0_x_ff', '0b_1_0', '_',
          '1 _000', '1_ 000', '-_1', '-1_0', '+_1', '0o_7', '0o7_']:
    t(lambda: int(s, 0))
    t(lambda: int(s))
t(lambda: int('f_f', 16))
t(lambda: int('0x_f', 16))
t(lambda: int('0x_', 16))
t(lambda: int('0x', 16))
t(lambda: int('0x', 0))
