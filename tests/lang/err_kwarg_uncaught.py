# uncaught: TypeError for an unexpected keyword argument
def connect(host, port=80):
    return "%s:%d" % (host, port)
print(connect("a"), connect("b", port=1))
connect("c", timeout=5)
