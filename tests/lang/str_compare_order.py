# str: lexicographic comparison by code point, equality, sorting mixed case and non-ASCII
pairs = [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("B", "a"), ("Z", "a"), ("é", "z"),
         ("€", "é"), ("😀", "€"), ("abc", "ABC"), ("10", "9"), ("a", "a")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x > y, x != y)
words = ["banana", "Apple", "apple", "Banana", "éclair", "zebra", "Zebra", "10", "9", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, reverse=True))
print(max(words), min(words))
print("abc" == "abc", "abc" != "abd", "a" + "b" == "ab")
print("a" < "b" < "c", "b" > "a" > "")
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
print("abc".__eq__("abc"), "abc".__lt__("abd"), "a".__eq__(1))
