# asyncio: cooperative multitasking with async/await (CircuitPython's API).

from .core import (
    CancelledError, TimeoutError, InvalidStateError, Task, Loop,
    sleep, sleep_ms, create_task, ensure_future, run, current_task,
    get_event_loop, get_running_loop, new_event_loop, set_event_loop,
)
from .funcs import gather, wait_for, wait_for_ms
from .event import Event
from .lock import Lock
from .stream import Stream, StreamReader, StreamWriter
