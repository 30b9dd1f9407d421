# exceptions: GeneratorExit is raised at the paused yield on close(); it is a BaseException
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
def g():
    try:
        yield 1
    except Exception:
        print("not caught by except Exception")
    except GeneratorExit as e:
        print("GeneratorExit caught", repr(e))
        raise
    finally:
        print("finally")
it = g()
next(it)
it.close()
def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
it = returns_on_exit()
next(it)
print(it.close())
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("replaced GeneratorExit")
it = raises_other()
next(it)
try:
    it.close()
except ValueError as e:
    print("close raised", e)
try:
    raise GeneratorExit("manual")
except BaseException as e:
    print(type(e).__name__, e)
