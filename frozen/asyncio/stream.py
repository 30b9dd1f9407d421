# asyncio.stream: Stream, for reading and writing objects select.poll can
# wait for (UARTs, sys.stdin / sys.stdout, files, sockets) without blocking
# the other tasks.

from . import core


class _IOWait:
    # Awaitable: parks the current task until stream s is readable
    # (write false) or writable.
    __slots__ = ("s", "write")

    def __init__(self, s, write):
        self.s = s
        self.write = write

    def __await__(self):
        t = core._this_task()
        t._loop._io_wait(t, self.s, self.write)
        yield core._PARK

    __iter__ = __await__


def _join(parts):
    if len(parts) == 1:
        return parts[0]
    return parts[0][:0].join(parts)


class Stream:
    """Wraps a stream object s for use by tasks. StreamReader and
    StreamWriter are other names for it. e holds get_extra_info() values."""

    def __init__(self, s, e=None):
        self.s = s
        self.e = {} if e is None else e
        self._out = None     # written data the stream has not taken yet
        self._closed = False

    def get_extra_info(self, v):
        return self.e[v]

    async def read(self, n=-1):
        """Up to n bytes (or characters), as soon as some are available;
        n < 0: everything up to the end of the stream."""
        if n >= 0:
            while True:
                await _IOWait(self.s, 0)
                d = self.s.read(n)
                if d is not None:
                    return d
        parts = []
        while True:
            await _IOWait(self.s, 0)
            d = self.s.read(256)
            if d is None:
                continue
            if not d:
                return _join(parts) if parts else d
            parts.append(d)

    async def readinto(self, buf):
        """Reads into buf as soon as data is available; returns the count."""
        while True:
            await _IOWait(self.s, 0)
            n = self.s.readinto(buf)
            if n is not None:
                return n

    async def readexactly(self, n):
        """Exactly n bytes; EOFError if the stream ends first."""
        parts = []
        while n > 0:
            await _IOWait(self.s, 0)
            d = self.s.read(n)
            if d is None:
                continue
            if not d:
                raise EOFError("stream ended early")
            parts.append(d)
            n -= len(d)
        return _join(parts) if parts else b""

    async def readline(self):
        """One line, with its newline; less at the end of the stream."""
        parts = []
        while True:
            await _IOWait(self.s, 0)
            d = self.s.readline()
            if d is None:
                continue
            if not d:
                return _join(parts) if parts else d
            parts.append(d)
            if d[-1:] in ("\n", b"\n"):
                return _join(parts)

    def write(self, buf):
        """Writes buf, or keeps what the stream cannot take now for
        drain()."""
        if self._out is None:
            n = self.s.write(buf)
            if n is None:
                n = 0
            if n >= len(buf):
                return
            self._out = buf[n:]
        else:
            self._out += buf

    async def drain(self):
        """Waits until everything written has gone to the stream."""
        while self._out is not None:
            await _IOWait(self.s, 1)
            n = self.s.write(self._out)
            if n is None:
                continue
            self._out = self._out[n:] if n < len(self._out) else None

    def close(self):
        if not self._closed:
            self._closed = True
            c = getattr(self.s, "close", None)
            if c is not None:
                c()

    async def wait_closed(self):
        self.close()

    async def aclose(self):
        await self.drain()
        self.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.aclose()

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line


StreamReader = Stream
StreamWriter = Stream
