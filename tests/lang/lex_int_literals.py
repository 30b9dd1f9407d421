# lexing: integer literal forms: decimal, hex, octal, binary, underscores
print(0, 00, 0_0, 123, 1_000_000)
print(0x0, 0xff, 0XFF, 0xDead_Beef, 0x_1f)
print(0o0, 0o17, 0O777, 0o_7_7)
print(0b0, 0b1010, 0B1111_0000, 0b_1)
print(-0x10, +0o10, ~0b11)
print(0xffffffffffffffffffffffffffffffff)
print(0b1 << 100)
print(1_2_3_4_5_6_7_8_9_0_1_2_3_4_5_6_7_8_9_0)
print(type(0x10), type(10**30))
x = 0xA
print(x.bit_length(), 0o777 == 511, 0b101 == 5)
print(1 if 0x0 else 2)
bad = ["0x", "0b2", "0o8", "1__0", "1_", "0_x1", "07", "0b_", "0x_"]
for s in bad:
    try:
        eval(s)
        print(s, "ok?")
    except SyntaxError as e:
        print(repr(s), "SyntaxError")
