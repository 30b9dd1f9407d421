# uncaught: user-defined exception class; stderr shows class name and message
class MyError(Exception):
    pass
def run():
    raise MyError("custom message")
print("running")
run()
