# asyncio.lock: Lock.

from . import core


class Lock:
    """A mutual-exclusion lock for tasks; waiters get it in FIFO order.
    Also an async context manager."""

    def __init__(self):
        self._locked = False
        self._waiters = []
        # The waiter woken by release(), until it resumes and takes the
        # lock. Newcomers queue behind it; only one is woken at a time.
        self._woken = None

    def locked(self):
        return self._locked

    async def acquire(self):
        """Waits until the lock is free and takes it; returns True."""
        if not self._locked and not self._waiters and self._woken is None:
            self._locked = True
            return True
        me = core._this_task()
        try:
            await core._Park(self._waiters)
        except core.CancelledError:
            if self._woken is me:
                self._woken = None
            if not self._locked:
                self._wake_first()   # pass our turn on
            raise
        self._woken = None
        self._locked = True
        return True

    def release(self):
        """Frees the lock and wakes the first waiter, if any.
        RuntimeError if it is not locked."""
        if not self._locked:
            raise RuntimeError("Lock not acquired")
        self._locked = False
        self._wake_first()

    def _wake_first(self):
        if self._woken is None and self._waiters:
            t = self._waiters[0]
            self._woken = t
            core._wake(t, True)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
        return None
