# functions: recursive inner functions referencing themselves through closures and nonlocal state
def count_paths(n):
    memo = {}
    def walk(r, c):
        if r == n or c == n:
            return 1
        if (r, c) not in memo:
            memo[(r, c)] = walk(r + 1, c) + walk(r, c + 1)
        return memo[(r, c)]
    return walk(0, 0)
print([count_paths(i) for i in range(6)])
def make_tree_printer():
    lines = []
    def show(node, depth=0):
        name, kids = node
        lines.append("  " * depth + name)
        for k in kids:
            show(k, depth + 1)
        return lines
    return show
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print("\n".join(make_tree_printer()(tree)))
def solve_queens(n):
    solutions = 0
    cols = set()
    def place(row, diag1, diag2):
        nonlocal solutions
        if row == n:
            solutions += 1
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c)
            place(row + 1, diag1 | {row - c}, diag2 | {row + c})
            cols.discard(c)
    place(0, frozenset(), frozenset())
    return solutions
print([solve_queens(n) for n in range(1, 8)])
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
