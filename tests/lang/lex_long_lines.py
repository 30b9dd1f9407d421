# lexing: very long lines, long string literals, many operands and deeply nested parentheses
total = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39 + 40
print(total)
s = "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij"
print(len(s))
nested = ((((((((((((((((((((1))))))))))))))))))))
print(nested)
lst = [[[[[[[[[[0]]]]]]]]]]
print(lst, lst[0][0][0][0][0][0][0][0][0][0])
src = "x = " + " + ".join(str(i) for i in range(500))
ns = {}
exec(src, ns)
print(ns["x"])
big = "[" + ", ".join(str(i) for i in range(1000)) + "]"
print(sum(eval(big)))
deep = "(" * 50 + "7" + ")" * 50
print(eval(deep))
long_str = "x" * 10000
print(len(eval(repr(long_str))))
calls = "f(" * 30 + "0" + ")" * 30
print(eval(calls, {"f": lambda v: v + 1}))
