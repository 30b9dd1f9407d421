# Subclassing deque and using it as a queue / stack.
from collections import deque


class Stack(deque):
    def push(self, v):
        self.append(v)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(list(s), s.peek(), len(s), isinstance(s, deque), s.pop(), list(s))


class Bounded(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=3)


b = Bounded(range(10))
print(list(b), b.maxlen)
b.append(99)
print(list(b))

queue = deque()
order = []
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': [], 'e': ['a']}
seen = {'a'}
queue.append('a')
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)
