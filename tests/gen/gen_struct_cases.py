#!/usr/bin/env python3
"""Write tests/lib/struct_generated.py: struct.pack / unpack / calcsize over
every byte order x format character x repeat count, with boundary, ordinary
and wrong-typed values, plus mixed formats (alignment) and bad formats.

Values are drawn once here with a seeded generator and written into the
test as literals, so the test is deterministic. Each case prints the packed
bytes and the unpacked values, or the exception's type and message.
Regenerate with:  python3 tests/gen/gen_struct_cases.py
"""
import os
import random

SEED = 20241121
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib', 'struct_generated.py')

ORDERS = ['', '@', '=', '<', '>', '!']
INT_CODES = 'bBhHiIlLqQnNP'
SIZES = {'b': 1, 'h': 2, 'i': 4, 'l': 4, 'q': 8}


def int_values(rng, code):
    """Boundaries for both the standard and the 64-bit native sizes."""
    size = SIZES.get(code.lower(), 8)
    vals = {0, 1, -1, 2**63, 2**64, -2**63 - 1, 2**100, -2**100}
    for s in {size, 8}:
        bits = 8 * s
        for v in (2**(bits - 1) - 1, 2**(bits - 1), -2**(bits - 1), -2**(bits - 1) - 1, 2**bits - 1, 2**bits):
            vals.add(v)
    vals.add(rng.randrange(-2**(8 * size - 1), 2**(8 * size - 1)))
    vals.add(rng.randrange(0, 2**(8 * size)))
    return [repr(v) for v in sorted(vals)] + ['True', '1.0', "'7'", 'None', 'Idx(5)', 'Idx(2**70)']


def float_values(rng):
    vals = ['0.0', '-0.0', '1.0', '-2.5', '0.1', '65504.0', '65519.99', '65520.0', '6e-08', '1e-08',
            '3.4028234663852886e+38', '3.4028235677973366e+38', '1e+39', '1e-45', '1e300', '5e-324',
            "float('inf')", "float('-inf')", "float('nan')", '7', '10**20', '10**400', 'True', "'x'", 'None',
            'Flt()']
    for _ in range(6):
        vals.append(repr(rng.uniform(-70000, 70000)))
        vals.append(repr(rng.uniform(-1, 1) * 10.0 ** rng.randrange(-40, 40)))
    return vals


def cases(rng):
    out = []
    for order in ORDERS:
        for code in INT_CODES:
            for v in int_values(rng, code):
                out.append((order + code, [v]))
            out.append((order + '2' + code, ['1', '-1']))
            out.append((order + '0' + code, []))
        for code in 'efd':
            for v in float_values(rng):
                out.append((order + code, [v]))
            out.append((order + '3' + code, ['1.5', '-0.25', '1e-3']))
        for v in ['0', '1', '2', '-1', "''", "'a'", '[]', '[0]', 'None', '0.0']:
            out.append((order + '?', [v]))
        for v in ["b'a'", "b''", "b'ab'", "'a'", '97', "bytearray(b'a')"]:
            out.append((order + 'c', [v]))
        for n in (0, 1, 2, 3, 7):
            for v in ["b''", "b'x'", "b'abc'", "b'abcdefghij'", "bytearray(b'yz')", "'str'", '5']:
                out.append((order + '%ds' % n, [v]))
                if n:
                    # CPython 3.11 cannot unpack '0p' (SystemError)
                    out.append((order + '%dp' % n, [v]))
            out.append((order + '%dx' % n, []))
        for mixed in ['bh', 'bi', 'bq', 'hb', 'bd', 'be', 'b?i', 'cH', 'xi', '3sI', 'b0i', 'b0q', '2h3b', 'ifd',
                      'e?e', 'pq', 'B2xh']:
            out.append((order + mixed, None))
    for bad in ['z', 'i<', '3', '<<', '2 i', '-1i', 'i!', 'w', '@=', 'i\\0', '9223372036854775808s',
                '99999999999999999999i', '<n', '>N', '=P', 'bX', '10', ' ', '\\t i']:
        out.append((bad, []))
    return out


def values_for(fmt, rng):
    """Values that fit a mixed format (None in the case list)."""
    vals = []
    i = 0
    body = fmt.lstrip('@=<>!')
    while i < len(body):
        n = ''
        while body[i].isdigit():
            n += body[i]
            i += 1
        ch = body[i]
        i += 1
        count = int(n) if n else 1
        if ch == 'x':
            continue
        if ch in 'sp':
            vals.append(repr(bytes(rng.randrange(97, 123) for _ in range(count + 1))))
            continue
        for _ in range(count):
            if ch in 'efd':
                vals.append(repr(rng.uniform(-100, 100)))
            elif ch == '?':
                vals.append(repr(rng.random() < 0.5))
            elif ch == 'c':
                vals.append(repr(bytes([rng.randrange(256)])))
            else:
                size = SIZES.get(ch.lower(), 8)
                lo = -2**(8 * size - 1) if ch.islower() else 0
                hi = 2**(8 * size - 1) - 1 if ch.islower() else 2**(8 * size) - 1
                vals.append(repr(rng.randrange(lo, hi + 1)))
    return vals


BODY = r'''
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v


class Flt:
    def __float__(self):
        return 0.75


def run(fmt, vals):
    try:
        size = struct.calcsize(fmt)
    except Exception as e:
        print(repr(fmt), 'calcsize', type(e).__name__, e)
        return
    try:
        data = struct.pack(fmt, *vals)
    except Exception as e:
        print(repr(fmt), size, type(e).__name__, e)
        return
    try:
        back = struct.unpack(fmt, data)
    except Exception as e:
        print(repr(fmt), size, data.hex(), 'unpack', type(e).__name__, e)
        return
    print(repr(fmt), size, data.hex(), back)


for fmt, vals in CASES:
    run(fmt, vals)
'''


def main():
    rng = random.Random(SEED)
    lines = ['# Generated by tests/gen/gen_struct_cases.py; do not edit.',
             '# struct.pack/unpack/calcsize over byte orders x codes x counts x values.',
             'import struct', '']
    body = BODY.split('\n\nfor fmt')[0]
    lines.append(body.strip('\n'))
    lines.append('')
    lines.append('')
    lines.append('CASES = [')
    for fmt, vals in cases(rng):
        if vals is None:
            vals = values_for(fmt, rng)
        lines.append('    (%r, [%s]),' % (fmt.encode().decode('unicode_escape'), ', '.join(vals)))
    lines.append(']')
    lines.append('')
    lines.append('for fmt, vals in CASES:')
    lines.append('    run(fmt, vals)')
    with open(OUT, 'w') as f:
        f.write('\n'.join(lines) + '\n')


main()
