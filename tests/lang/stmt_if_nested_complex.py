# statements: complex nested if/elif chains with boolean expressions and early exits
def classify(x, y):
    if x > 0 and y > 0:
        quadrant = 1
    elif x < 0 < y:
        quadrant = 2
    elif x < 0 and y < 0:
        quadrant = 3
    elif x > 0 > y:
        quadrant = 4
    else:
        if x == 0 and y == 0:
            return "origin"
        elif x == 0:
            return "y-axis"
        else:
            return "x-axis"
    return "quadrant %d" % quadrant
for pt in [(1, 1), (-1, 1), (-1, -1), (1, -1), (0, 0), (0, 5), (5, 0)]:
    print(pt, classify(*pt))
def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizz(i) for i in range(1, 16)))
def grade(score):
    if not isinstance(score, (int, float)):
        return "invalid"
    elif score >= 90: return "A"
    elif score >= 80: return "B"
    elif score >= 70: return "C"
    else: return "F"
print([grade(s) for s in [95, 85, 75, 10, "x", 90.0]])
x = 7
if x:
    if x > 5:
        if x % 2:
            print("odd and > 5")
