# uncaught: sys.exit with an integer code ends the program with that status and no traceback
import sys
print("exiting with 3")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit", e.code)
sys.exit(3)
print("not reached")
