# Callbacks run when the program ends, after the main code.
import atexit

@atexit.register
def goodbye():
    print("goodbye from atexit")

def with_args(a, b=0):
    print("with_args", a, b)

atexit.register(with_args, 1, b=2)
print("end of main code")
