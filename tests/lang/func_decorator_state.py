# functions: decorators keeping state in closures vs function attributes; memoization; call counting
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
def trace(fn):
    depth = [0]
    def wrapper(*a):
        print("  " * depth[0] + "call %s%r" % (fn.__name__, a))
        depth[0] += 1
        try:
            return fn(*a)
        finally:
            depth[0] -= 1
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))
def rate_limit(limit):
    def deco(fn):
        calls = 0
        def wrapper():
            nonlocal calls
            calls += 1
            if calls > limit:
                return "limited"
            return fn()
        return wrapper
    return deco
@rate_limit(2)
def ping():
    return "pong"
print([ping() for _ in range(4)])
