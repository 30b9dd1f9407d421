# Exceptions: raise/catch in a loop, custom exception hierarchies,
# try/except/else/finally, re-raise, exception chaining (from), built-in
# errors (KeyError, IndexError, ZeroDivisionError, ValueError).


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing %r" % (key,))
        self.key = key


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k)


def risky(i):
    if i % 5 == 0:
        raise ValueError(i)
    if i % 7 == 0:
        return 1 // 0
    return i


def main():
    d = {i: i * i for i in range(0, 100, 2)}
    found = missed = 0
    for i in range(180000):
        try:
            found += lookup(d, i % 100)
        except NotFound as e:
            missed += e.key
    v = z = ok = fin = 0
    for i in range(180000):
        try:
            risky(i)
        except ValueError as e:
            v += e.args[0] % 3
        except ZeroDivisionError:
            z += 1
        else:
            ok += 1
        finally:
            fin += 1
    lst = [1, 2, 3]
    idx = 0
    for i in range(180000):
        try:
            idx += lst[i % 5]
        except IndexError:
            idx -= 1
    chained = 0
    for i in range(80000):
        try:
            try:
                int("x%d" % i)
            except ValueError as e:
                raise AppError("wrap") from e
        except AppError as e:
            if isinstance(e.__cause__, ValueError):
                chained += 1
    nested = 0
    for i in range(120000):
        try:
            try:
                raise KeyError(i)
            finally:
                nested += 1
        except LookupError:
            nested += 2
    print("exceptions", found, missed, v, z, ok, fin, idx, chained, nested)


main()
