# generators: generator-based coroutines with send for a running average and a state machine
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
for v in [10, 20, 30, 40]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def parser():
    state = "start"
    out = []
    while True:
        ch = yield state
        if ch is None:
            return out
        if state == "start" and ch.isdigit():
            state = "number"
            out.append(ch)
        elif state == "number" and ch.isdigit():
            out[-1] += ch
        elif ch == " ":
            state = "start"
        else:
            state = "error"
p = parser()
next(p)
for ch in "12 345 6":
    print(repr(ch), p.send(ch))
try:
    p.send(None)
except StopIteration as e:
    print(e.value)
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("grep closed with", matches)
gr = grep("py")
next(gr)
for line in ["python", "java", "pypy", "c"]:
    gr.send(line)
gr.close()
