def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# complex(str)
for s in ['1+2j', '1-2j', ' ( 1+2j ) ', '(1+2j)', 'j', '-j', '+j', '1j', '-1.5J', '1e5j', '1_0j', '1_0+2_0j',
          'inf-infj', 'nanj', '-nan+infj', 'infinityj', '1+2J', '1 + 2j', '1e+5+1e-5j', '()', '', ' ', '1', '  1  ',
          '(1)', '(j)', '1j+1', '1+1', '+1.5e3-.5J', '1.e3j', '1__0', '_1', '1_', '1_.5', '1._5', '1e_5', '0x10',
          '( 1+2j', '1+2j)', '(1+2j)j', '\u0661+\u0662j', '1\x00', ' 1j ', '1 j', '+', 'j+1j', '1+-1j', '1++1j',
          '1+j', '1-j', '-1-j', 'in_f', '(  -2.5e-3-4j  )', '1e', '1ej', '.j', '.5j', '5.j']:
    t(lambda: complex(s))
