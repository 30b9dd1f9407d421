# list: used as stack and queue; balanced brackets checker; simple BFS over a graph
stack = []
for x in range(5):
    stack.append(x)
print(stack.pop(), stack.pop(), stack)
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{"]:
    print(repr(s), balanced(s))
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
def bfs(start):
    seen = [start]
    q = [start]
    while q:
        node = q.pop(0)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                q.append(nxt)
    return seen
print(bfs(1))
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
print(dfs(1))
rpn = "3 4 + 2 * 7 -".split()
st = []
for tok in rpn:
    if tok in "+-*":
        b, a = st.pop(), st.pop()
        st.append(a + b if tok == "+" else a - b if tok == "-" else a * b)
    else:
        st.append(int(tok))
print(st)
