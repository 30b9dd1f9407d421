# uncaught: TypeError when calling a non-callable object
handlers = {"a": len, "b": 5}
print(handlers["a"]("xyz"))
handlers["b"]("xyz")
