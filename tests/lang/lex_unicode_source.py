# lexing: non-ASCII identifiers, strings, comments (UTF-8 source), identifier normalisation
# комментарий, 注释, σχόλιο
naïve = "naïve value"
日本 = "nihon"
π = 3.14159
ε_max = 1e-9
print(naïve, 日本, π, ε_max)
def grüße(name):
    return "Grüße, " + name
print(grüße("Welt"))
class Über:
    größe = 5
print(Über.größe, Über.__name__)
s = "mixed: ascii, Ελληνικά, русский, 中文, emoji 🎉"
print(s, len(s))
print("\u03c0" == "π", ord("π"), len("中文".encode()))
try:
    compile("a€ = 1", "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("x = 1 ➕ 2", "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print("é".isidentifier(), "1é".isidentifier(), "é1".isidentifier())
