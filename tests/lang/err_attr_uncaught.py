# uncaught: AttributeError for a missing attribute on an int
n = 5
print(n.real, n.bit_length())
print(n.foo)
