# from __future__ imports are accepted (every feature is already on).
# (Lazy annotations, which let an annotation name something undefined,
# are the compiler's business and not tested here.)
from __future__ import annotations
from __future__ import division, print_function, generator_stop

def f(x: int) -> int:
    return x * 2

print(f(21), 7 / 2)
print(annotations.compiler_flag, division.compiler_flag)
