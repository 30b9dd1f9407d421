# exceptions: user-defined exception classes with custom __init__, args, str(), hierarchy
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return "config %s: %s" % (self.key, self.reason)
class Quiet(AppError):
    def __init__(self):
        pass
try:
    raise ConfigError("port", "not a number")
except AppError as e:
    print(type(e).__name__, e.args, str(e), e.key, repr(e))
try:
    raise AppError("plain", 2)
except AppError as e:
    print(e.args, str(e), repr(e))
q = Quiet()
print(q.args, str(q) == "", repr(q))
class WithCode(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
try:
    raise WithCode("failed", code=42)
except WithCode as e:
    print(e, e.code, e.args)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.args, e.a)
class Multi(KeyError, AppError):
    pass
try:
    raise Multi("k")
except LookupError as e:
    print("LookupError caught", type(e).__name__, str(e))
print([k.__name__ for k in Multi.__mro__])
e = AppError("x")
e.extra = "attr"
print(e.extra, e.args)
e.args = ("replaced",)
print(str(e))
try:
    raise AppError
except AppError as e:
    print("class raised", repr(e))
