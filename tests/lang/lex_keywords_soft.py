# lexing: soft keywords match/case/_ and type remain usable as identifiers
match = 1
case = 2
_ = 3
type_ = 4
print(match, case, _, type_)
def match_fn(match, case):
    return match + case
print(match_fn(match=5, case=6))
class Matcher:
    match = "class attr"
    def case(self):
        return "method named case"
print(Matcher.match, Matcher().case())
lst = [match, case]
print(lst)
print([_ for _ in range(3)], _)
d = {"match": 1, "case": 2}
print(d["match"], d["case"])
import sys
print(sys is not None)
keywords = ["if", "else", "while", "for", "def", "class", "return", "None", "True", "False",
            "and", "or", "not", "in", "is", "lambda", "try", "except", "finally", "raise",
            "import", "from", "as", "global", "nonlocal", "pass", "break", "continue", "del",
            "assert", "with", "yield", "async", "await", "elif"]
bad = []
for kw in keywords:
    try:
        compile(kw + " = 1", "<test>", "exec")
    except SyntaxError:
        bad.append(kw)
print(len(bad), len(keywords), bad == keywords)
for soft in ["match", "case", "_", "type"]:
    compile(soft + " = 1", "<test>", "exec")
print("soft keywords assignable")
