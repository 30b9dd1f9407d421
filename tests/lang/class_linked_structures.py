# classes: linked list and binary search tree implemented with classes and recursion
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.nxt
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
ll = LinkedList()
print(ll)
for i in range(5):
    ll.push(i)
print(ll, len(ll))
ll.reverse()
print(ll, list(ll)[::2])
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(node, k):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1], k)
            elif k > node[0]:
                node[2] = ins(node[2], k)
            return node
        self.root = ins(self.root, k)
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n[1])
                yield n[0]
                yield from walk(n[2])
        return list(walk(self.root))
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.height())
