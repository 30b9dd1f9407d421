# uncaught: ValueError from unpacking too many values
pair = (1, 2)
a, b = pair
print(a, b)
a, b = (1, 2, 3)
