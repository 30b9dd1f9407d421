# statements: raise instance, raise class, re-raise, raise non-exception errors
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(repr(e), e.args, str(e))
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling, re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", e)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise object
except TypeError as e:
    print("TypeError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError")
e1 = ValueError("stored")
try:
    raise e1
except ValueError as e:
    print(e is e1)
def raise_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
try:
    raise_in_except()
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    raise Exception
except Exception as e:
    print(str(e) == "", e.args)
