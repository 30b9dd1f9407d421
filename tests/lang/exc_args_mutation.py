# exceptions: args tuple, attributes added to exception instances, with_traceback-free re-raise
e = ValueError("a", 1)
print(e.args, str(e))
e.args = ("changed",)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
e.extra = {"k": 1}
print(e.extra)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.extra)
def annotate():
    try:
        int("x")
    except ValueError as err:
        err.args = err.args + ("while parsing config",)
        raise
try:
    annotate()
except ValueError as err:
    print(err.args)
class Detailed(Exception):
    def __init__(self, code, detail):
        super().__init__(code)
        self.code = code
        self.detail = detail
    def __str__(self):
        return "[%d] %s" % (self.code, self.detail)
d = Detailed(404, "not found")
print(str(d), d.args, repr(d))
try:
    BaseException.__init__(d, 500)
    print(d.args, str(d))
except TypeError as err:
    print("TypeError", err)
lst = []
try:
    raise KeyError(lst)
except KeyError as ke:
    ke.args[0].append("mutated through args")
print(lst)
