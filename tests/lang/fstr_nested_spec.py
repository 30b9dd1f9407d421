# f-strings: nested replacement fields inside format specs
width = 10
prec = 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:>{width}}]")
fill = "*"
align = "^"
print(f"[{'mid':{fill}{align}{width}}]")
print(f"[{42:{'0'}{8}d}]")
for w in range(3, 7):
    print(f"|{'ab':>{w}}|{w:0{w}}|")
spec = ".2e"
print(f"{12345.678:{spec}}")
print(f"{f'{val:.2f}':>8}")
nums = [1, 22, 333]
print(f"{', '.join(f'{n:03}' for n in nums)}")
print(f"{'x' * 3:{'<'}{5}}|")
print(f"{[f'{i}' for i in range(3)]}")
print(f"{width:{'x' if False else ''}}")
print(f"{1234567:,}", f"{1234567:_}", f"{255:#x}", f"{255:#b}")
