# uncaught: OSError with errno and strerror; stderr shows "[Errno 5] ..."
def read_sensor():
    raise OSError(5, "Input/output error")
print("reading")
read_sensor()
