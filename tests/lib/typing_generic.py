# Generic classes, Protocol, TypeVar and NewType.
from typing import Generic, TypeVar, Protocol, NewType, AnyStr, runtime_checkable
import typing

T = TypeVar("T")
K = TypeVar("K", bound=int)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, K, Co, Contra, T.__name__, K.__bound__ is int, AnyStr)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

class Pair(Box[int], Generic[T, K]):
    pass

b = Box(5)
print(b.get(), isinstance(Pair(1), Box), Pair.__mro__[1] is Box)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class Thing(Closer):
    def close(self) -> None:
        print("closed")

Thing().close()
UserId = NewType("UserId", int)
print(UserId(42), type(UserId(42)).__name__, UserId.__name__)
print(typing.get_type_hints(Box.get))
