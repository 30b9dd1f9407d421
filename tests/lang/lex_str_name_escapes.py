# \N{...} escapes: names from the Unicode database, by rule (CJK, Hangul) and errors
x = 5
print("\N{LATIN SMALL LETTER A}", "\N{EURO SIGN}" == "\u20ac", ascii("\N{bullet}x\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE A}\N{BRAILLE PATTERN DOTS-12}"))
print(ascii("\N{NUSHU CHARACTER-1B170}\N{SPACE}\N{NO-BREAK SPACE}\N{DIGIT ZERO}"))
for src in [r'"\N{NOT A NAME AT ALL}"', r'"\N{}"', r'"\N"', r'"\N{SPACE"', r'"ab\N{CJK UNIFIED IDEOGRAPH-9FFFF}"', r'"\N{HANGUL SYLLABLE GAGX}"', r'"\N{LATIN  SMALL LETTER A}"', r'"\N{SPACE }"', r'b"\N{SPACE}"', r'"\N{LATIN SMALL LETTER A WITH}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print(ascii(f"\N{BULLET} {x} \N{EURO SIGN}{x!r:>3}"), r"\N{BULLET}", ascii(rf"\N{x}"))
print(ascii("\N{LATIN CAPITAL LETTER A WITH DIAERESIS}\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}\N{GRINNING FACE}"))
