# atexit callbacks run newest first, with their arguments, once; an
# exception in one does not stop the others (_run_exitfuncs runs them now).
import atexit

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

def boom():
    print("boom runs")
    raise ValueError("in callback")

base = atexit._ncallbacks()  # CPython's own start-up may have registered some
print(atexit.register(show, 1, 2, k="v") is show)
atexit.register(boom)
atexit.register(show, "last")
r = atexit.register(print, "printed by print")
print(r is print, atexit._ncallbacks() - base)
atexit.unregister(print)  # (CPython's _ncallbacks still counts unregistered ones)
atexit._run_exitfuncs()
print("after run", atexit._ncallbacks())
atexit._run_exitfuncs()
atexit.register(show, "cleared")
atexit._clear()
print(atexit._ncallbacks())
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError", e)
atexit.unregister(show)
