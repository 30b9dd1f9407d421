# A pystone-like synthetic mix, written for this suite: small records with
# attribute copies, global variables, integer and string comparisons,
# one- and two-dimensional array updates, and chains of short procedures.

RED, GREEN, BLUE, WHITE = 0, 1, 2, 3


class Node:
    def __init__(self, nxt=None, kind=RED, num=0, text=""):
        self.nxt = nxt
        self.kind = kind
        self.num = num
        self.text = text

    def clone(self):
        return Node(self.nxt, self.kind, self.num, self.text)


g_int = 0
g_flag = False
g_char1 = "A"
g_char2 = "B"
g_vec = [0] * 64
g_grid = [[0] * 64 for _ in range(64)]
g_head = None


def step_kind(k):
    if k == RED:
        return GREEN
    if k == GREEN:
        return BLUE
    if k == BLUE:
        return WHITE
    return RED


def chars_equal(a, b):
    return RED if a != b else GREEN


def text_less(s1, s2):
    i = 1
    while i < 2:
        if chars_equal(s1[i], s2[i + 1]) == RED:
            i += 1
        else:
            break
    return s1 > s2


def proc_a(node):
    global g_int
    inner = node.nxt
    inner.num = node.num + g_int
    inner.kind = step_kind(node.kind)
    node.kind = inner.kind
    if inner.kind == BLUE:
        inner.num = proc_b(inner.num)
    node.nxt = inner.clone()
    return node


def proc_b(x):
    global g_int
    y = x + 10
    while True:
        if g_char1 == "A":
            y -= 1
            g_int = y - x
            break
    return y % 997


def proc_c(a, b):
    return a + b + 2


def proc_d(i, j):
    g_vec[i] = j
    g_vec[i + 1] = g_vec[i]
    g_vec[i + 30] = i
    for k in range(i, i + 2):
        g_grid[i][k] = i
    g_grid[i][i - 1] += 1
    g_grid[i + 20][i] = g_vec[i]
    return g_vec[i + 1]


def proc_e():
    global g_flag, g_char1, g_char2
    g_flag = g_char1 == "A"
    g_char2 = "B" if g_flag else "A"
    g_char1 = "A"


def run(loops):
    global g_head, g_int
    g_head = Node(Node(None, BLUE, 40, "SECOND"), RED, 1, "FIRST")
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
    acc = 0
    for loop in range(loops):
        proc_e()
        a = 2
        b = 3
        c = proc_c(a, b)
        flag = not text_less(s1, s2)
        while a < b:
            c = 5 * a - b
            c = proc_c(a, c)
            a += 1
        d = proc_d(8, c)
        proc_a(g_head)
        ch = "A"
        while ch <= g_char2:
            if chars_equal(ch, "C") == GREEN:
                c = loop
            ch = chr(ord(ch) + 1)
        b = b * a
        a = b // c if c else b
        b = 7 * (b - d) - a
        acc = (acc + a + b + d + g_head.nxt.num + (1 if flag else 0)) % 1000003
    return acc


def main():
    acc = run(270000)
    print("pystone_mix", acc, g_int, g_vec[8], g_vec[38], g_grid[8][7],
          g_grid[28][8], g_head.nxt.kind, g_char2)


main()
