# functions: forwarding *args/**kwargs through wrappers, overriding and filtering keyword arguments
def target(a, b=2, *rest, sep="-", **extra):
    return sep.join(map(str, (a, b) + rest)) + (" " + str(sorted(extra.items())) if extra else "")
def wrapper(*args, **kwargs):
    kwargs.setdefault("sep", "+")
    return target(*args, **kwargs)
print(wrapper(1), wrapper(1, 3, 5), wrapper(1, sep="*"), wrapper(1, z=9))
def strip_private(**kw):
    return {k: v for k, v in kw.items() if not k.startswith("_")}
def call_clean(fn, **kw):
    return fn(**strip_private(**kw))
print(call_clean(lambda **k: sorted(k), a=1, _b=2, c=3))
def merge_calls(*dicts, **final):
    merged = {}
    for d in dicts:
        merged.update(d)
    merged.update(final)
    return merged
print(merge_calls({"a": 1}, {"a": 2, "b": 3}, c=4, a=0))
def counted(fn):
    def inner(*a, **k):
        inner.calls.append((a, tuple(sorted(k.items()))))
        return fn(*a, **k)
    inner.calls = []
    return inner
@counted
def area(w, h=1):
    return w * h
print(area(3), area(3, h=4), area(w=2, h=2), area.calls)
def kw_only_forward(*, x, **rest):
    return x, rest
print(kw_only_forward(**{"x": 1, "y": 2}))
try:
    wrapper()
except TypeError as e:
    print("TypeError", e)
