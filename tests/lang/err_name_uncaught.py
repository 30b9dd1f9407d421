# uncaught: NameError for an undefined global name
def use():
    return x
y = 1
print("y is", y)
use()
