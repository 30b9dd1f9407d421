# exceptions: try/except inside loops with break/continue/else; retry loops
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("attempt %d failed" % attempts)
    return "success after %d" % attempts
for i in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retry:", e)
        continue
    else:
        print(result)
        break
else:
    print("gave up")
values = ["1", "x", "3", "", "5"]
total = 0
bad = []
for v in values:
    try:
        total += int(v)
    except ValueError:
        bad.append(v)
print(total, bad)
def first_int(items):
    for it in items:
        try:
            return int(it)
        except (TypeError, ValueError):
            continue
    return None
print(first_int(["a", None, "7", "8"]), first_int([]), first_int(["q"]))
i = 0
while True:
    try:
        i += 1
        if i == 4:
            raise StopIteration
    except StopIteration:
        print("stopped at", i)
        break
