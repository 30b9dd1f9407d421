# statements: continue and break inside finally blocks (allowed since 3.8) discard exceptions
out = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
        out.append(i)
    finally:
        if i % 2:
            continue
        out.append("f%d" % i)
print(out)
def swallow():
    for i in range(1):
        try:
            raise KeyError("lost")
        finally:
            break
    return "exception discarded by break"
print(swallow())
def swallow_continue():
    results = []
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            results.append(i)
            continue
    return results
print(swallow_continue())
def return_wins():
    try:
        raise ValueError("x")
    finally:
        return "return in finally wins"
print(return_wins())
i = 0
while i < 3:
    i += 1
    try:
        pass
    finally:
        if i == 2:
            break
print("while stopped at", i)
