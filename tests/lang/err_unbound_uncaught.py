# uncaught: UnboundLocalError when a local is read before assignment
total = 10
def bump():
    total += 1
    return total
print("before")
bump()
