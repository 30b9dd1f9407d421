# print_exception / print_exc to a file object and to stderr.
import io, sys, traceback

try:
    {}["missing"]
except KeyError as e:
    out = io.StringIO()
    traceback.print_exception(e, file=out)
    text = out.getvalue()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    out = io.StringIO()
    traceback.print_exception(type(e), e, None, file=out)
    print(out.getvalue())
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(out.getvalue().splitlines()[-1])
    out = io.StringIO()
    traceback.print_exception(e, limit=1, file=out, chain=False)
    print(out.getvalue().startswith("Traceback"), out.getvalue().endswith("KeyError: 'missing'\n"))
traceback.print_exception(RuntimeError("to stderr"))
print(traceback.format_tb(None), traceback.print_tb(None))
