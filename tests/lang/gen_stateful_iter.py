# generators: generator keeps local state between next() calls; independent instances; locals survive
def counter_with_history():
    history = []
    n = 0
    while True:
        cmd = yield n, list(history)
        history.append(cmd)
        if cmd == "inc":
            n += 1
        elif cmd == "dec":
            n -= 1
        elif cmd == "reset":
            n = 0
a = counter_with_history()
b = counter_with_history()
print(next(a), next(b))
print(a.send("inc"), a.send("inc"), b.send("dec"))
print(a.send("reset"), b.send("dec"))
def running_stats():
    count = total = 0
    smallest = largest = None
    while True:
        x = yield (count, total, smallest, largest)
        count += 1
        total += x
        smallest = x if smallest is None else min(smallest, x)
        largest = x if largest is None else max(largest, x)
rs = running_stats()
next(rs)
for v in [5, 3, 9, 1]:
    print(rs.send(v))
