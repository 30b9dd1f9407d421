# str repr: quote choice, escapes, printable and non-printable code points
for s in ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
          "new\nline", "cr\rx", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "caf\u00e9",
          "\u20ac\u00a3\u00a5", "\u2028\u2029", "\u200b\u200e\ufeff", "\U0001f600",
          "\U000e0001", "\ue000", "mixed\t\u00e9\x07end", "'", '"', "'\"", "\\'"]:
    print(repr(s), len(repr(s)))
print(repr("x" * 3), str("abc"), ascii("caf\u00e9"), ascii("\u20ac\U0001f600"))
print([repr(c) for c in "a'b\"c"])
print(repr(["str", 'with "quotes"', "and 'single'"]))
print(ascii(["\xe9", "\n"]), ascii("plain"))
