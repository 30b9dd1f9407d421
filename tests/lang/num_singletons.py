def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# None, Ellipsis, NotImplemented
print(None, repr(None), str(None), bool(None), None is None, None == None, None != 0)
print(Ellipsis, ..., repr(...), ... is Ellipsis, bool(...))
print(NotImplemented, repr(NotImplemented))
print(type(None)(), type(...)(), type(NotImplemented)())
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
t(lambda: type(None)(1))
t(lambda: type(...)(1))
t(lambda: type(NotImplemented)(1))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), {None: 1}[None], {...: 2}[...])
t(lambda: None + 1)
t(lambda: None < None)
t(lambda: -None)
print([None] * 2, (None, ...), {None, None})
