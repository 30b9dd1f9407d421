# str.format_map
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{x[0]}".format_map({"x": [7]}), "{k.real}".format_map({"k": 5}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} {other}".format_map(Default(name="N")))
class M:
    def __getitem__(self, key):
        return key.upper()
print("{abc} {x}".format_map(M()), "{a:>5}|".format_map({"a": "r"}), "{{}}".format_map({}))
for fmt, m in [("{0}", {}), ("{}", {}), ("{missing}", {}), ("{a", {"a": 1})]:
    try:
        print(fmt.format_map(m))
    except (ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
