# str.isidentifier
for s in ["a", "_", "_x1", "1a", "", "a b", "a-b", "class", "None", "\u00e9t\u00e9", "\u00b2", "x\u00b2",
          "caf\u00e9", "\u4e2d", "a\u0301", "\u0301a", "__init__", "A1_b2", "$x", "x$", "\u03c0", "\u0430\u0431"]:
    print(ascii(s), s.isidentifier())
