# uncaught: IndexError for a list index out of range
items = [1, 2, 3]
for i in range(3):
    print(items[i])
print(items[3])
