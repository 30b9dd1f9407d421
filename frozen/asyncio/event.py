# asyncio.event: Event.

from . import core


class Event:
    """A flag tasks can wait for. Starts clear."""

    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    def set(self):
        """Sets the flag and wakes every task waiting for it."""
        self._flag = True
        core._wake_all(self._waiters, True)

    def clear(self):
        self._flag = False

    async def wait(self):
        """Waits until the flag is set; returns True."""
        if not self._flag:
            await core._Park(self._waiters)
        return True
