# Recursion: naive doubly-recursive Fibonacci plus a recursive Ackermann-like
# call chain. Exercises function call overhead, argument passing, returns.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def main():
    total = fib(30)
    t = 0
    for i in range(6):
        t += tak(22 - i, 14, 6)
    print("fib", total, "tak", t)


main()
