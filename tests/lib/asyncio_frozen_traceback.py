# asyncio is frozen as bytecode: a traceback through its functions still
# names each frozen module's file and the line of its source in frozen/.
import asyncio
import traceback

FROZEN = "../../frozen/"   # tests run in their own directory


def source_lines(filename):
    # "<frozen asyncio.core>" -> the lines of frozen/asyncio/core.py
    name = filename[len("<frozen "):-1]
    path = FROZEN + name.replace(".", "/") + (".py" if "." in name else "/__init__.py")
    with open(path) as f:
        return f.read().split("\n")


def enclosing_def(lines, lineno):
    # name of the nearest def at or above the line
    for i in range(lineno - 1, -1, -1):
        s = lines[i].strip()
        for kw in ("def ", "async def "):
            if s.startswith(kw):
                return s[len(kw):].split("(")[0]
    return None


async def main():
    await asyncio.wait_for(None, 1)   # TypeError from inside asyncio


print("asyncio.__file__:", asyncio.__file__)
print("asyncio.core.__file__:", asyncio.core.__file__)
try:
    asyncio.run(main())
except TypeError as e:
    frames = []
    for entry in traceback.format_exception(e):
        entry = entry.strip()
        if entry.startswith('File "<frozen '):
            file_part, line_part, func_part = entry.split(", ")
            frames.append((file_part[6:-1], int(line_part[5:].split("\n")[0]), func_part[3:]))
    print("frozen frames:", len(frames) >= 4)
    ok = True
    for filename, lineno, func in frames:
        lines = source_lines(filename)
        if enclosing_def(lines, lineno) != func:
            ok = False
            print("wrong line:", filename, lineno, func)
    print("every frozen frame's line is in its function:", ok)
    filename, lineno, func = frames[-1]
    print("innermost:", filename, func)
    print("its line raises TypeError:", "raise TypeError" in source_lines(filename)[lineno - 1])
