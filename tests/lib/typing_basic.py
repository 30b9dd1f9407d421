# typing names used in annotations import and subscript without effect.
from typing import (Any, Callable, Dict, Iterable, Iterator, List, Literal, Optional, Sequence, Set, Tuple,
                    Type, Union, Generator, TYPE_CHECKING, cast, overload, final, NoReturn, ClassVar, Final)
import typing

if TYPE_CHECKING:
    print("not reached")

def f(x: Optional[int] = None, y: List[Dict[str, Any]] = (), z: Callable[[int, str], bool] = None) -> Union[int, str]:
    return cast(int, x) if x is not None else "none"

print(f(3), f(), TYPE_CHECKING)
print(Optional[int], List[int], Dict[str, int], Tuple[int, ...], Union[int, None], Callable[[int], str])
print(Literal["a", "b"], Iterable[int], Sequence[bytes], Set[float], Type[int])
print(typing.List is List, cast(str, 5), cast("int", [1]))

class C:
    limit: ClassVar[int] = 3
    name: Final = "c"

    @overload
    def m(self, x: int) -> int: ...
    @final
    def n(self) -> NoReturn:
        raise RuntimeError("n")

print(C.limit, C.name, C().n.__name__)

def gen() -> Generator[int, None, None]:
    yield 1

print(list(gen()), typing.get_args(Dict[str, int]), typing.get_origin(int))
try:
    Optional()
except TypeError as e:
    print("TypeError", e)
