# str: case methods upper/lower/title/capitalize/swapcase and is* predicates (ASCII and Latin-1)
words = ["hello World", "ÉCOLE été", "mixed CASE 123", "", "o'neil mc-donald", "x1y2 z3", "ABC def"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print("MiXeD".casefold(), "ÀÉÎ".lower(), "àéî".upper())
tests = ["abc", "ABC", "Abc", "123", "12.5", "abc123", " ", "", "\t\n", "Title Case", "é", "a b", "A1", "1a"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isnumeric(), t.isdecimal(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "é".isidentifier(), "a-b".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii(), "\x7f".isprintable(), "a\n".isprintable(), "".isprintable())
print("hello world".title(), "they're bill's".title(), "HELLO".capitalize(), "123abc".capitalize())
print("Hello".upper().lower().swapcase(), "a".upper() == "A", "Z".lower() == "z")
print("ABC".isupper(), "AbC".isupper(), "A1!".isupper(), "1!".isupper(), "a1!".islower())
