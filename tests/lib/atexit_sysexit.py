# Callbacks also run when the program ends with sys.exit.
import atexit, sys

atexit.register(print, "cleanup ran")
print("exiting")
sys.exit(3)
