# uncaught: exception class raised without arguments; stderr line is just the class name
def validate():
    raise ValueError
print("validating")
validate()
