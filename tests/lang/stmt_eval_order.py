# statements: evaluation order of assignment sides, subscripts, calls and dict displays
log = []
def t(name, value=None):
    log.append(name)
    return value if value is not None else name
class Rec:
    def __setitem__(self, k, v):
        log.append("setitem %s=%s" % (k, v))
    def __getitem__(self, k):
        log.append("getitem %s" % k)
        return 0
r = Rec()
r[t("key")] = t("value")
print(log); log.clear()
t("a", [1])[t("i", 0)] = t("v")
print(log); log.clear()
x = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
t("f", lambda *a, **k: None)(t("arg1"), t("arg2"), kw=t("kw"))
print(log); log.clear()
r[t("aug")] += t("inc", 1)
print(log); log.clear()
a, b = t("rhs1"), t("rhs2")
print(log); log.clear()
t("left", 1) + t("right", 2) * t("third", 3)
print(log); log.clear()
t("c1", 1) < t("c2", 2) < t("c3", 3)
print(log); log.clear()
[t("e1"), t("e2")][t("idx", 0)]
print(log); log.clear()
t("cond", True) and t("and-rhs")
t("cond2", 0) or t("or-rhs")
print(log); log.clear()
t("obj", r)[t("s1", 1):t("s2", 2)] if False else None
print(log)
