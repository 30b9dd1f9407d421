# async: deep chains of awaits pass values and control back to a manual driver at each suspension
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return got
async def leaf(n):
    r = await Tick("leaf %d" % n)
    return (r or 0) + n
async def middle(n):
    a = await leaf(n)
    b = await leaf(n * 10)
    return a + b
async def top():
    total = 0
    for i in range(1, 3):
        total += await middle(i)
    return total
co = top()
labels = []
value = None
try:
    while True:
        label = co.send(value)
        labels.append(label)
        value = len(labels)
except StopIteration as e:
    print("result", e.value)
print(labels)
async def recursive(n):
    if n == 0:
        return await Tick("bottom")
    return 1 + await recursive(n - 1)
co = recursive(5)
print(co.send(None))
try:
    co.send(100)
except StopIteration as e:
    print("recursive result", e.value)
