# statements: break/continue affect only the innermost loop; flags, loop-else for search
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print(found)
count = 0
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        count += 1
print(count)
i = 0
out = []
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    j = 0
    while True:
        j += 1
        if j >= i:
            break
    out.append((i, j))
print(out)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for x in range(3):
    try:
        if x == 1:
            continue
        print("body", x)
    finally:
        print("finally", x)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("cm exit")
for x in range(3):
    with CM():
        if x == 1:
            break
    print("with loop", x)
