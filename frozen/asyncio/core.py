# asyncio.core: tasks, the event loop, sleeping.
#
# Every task is in exactly one of these states:
#   ready    in its loop's _ready list, to be stepped in the next batch;
#   running  its loop's _current;
#   parked   waiting in a list of tasks (an Event's, a Lock's, a Task's
#            waiters) named by task._parked, in the loop's timer heap
#            (task._parked is _SLEEP, task._key is its heap entry), or for
#            a stream (task._parked is _IO_READ or _IO_WRITE, task._key is
#            the stream);
#   done     task._done is True.
# A coroutine talks to the loop only through what it yields: None means
# "step me again after the others", _PARK means "I have put myself in a
# waiting place; whoever wakes me puts me back in _ready". The value a task
# is resumed with is kept in task._send; a pending cancellation in
# task._cancel_req, raised in the task when it next runs.
#
# A batch is the contents of _ready when it starts; what gets ready during
# a batch runs in the next one, as in CPython's loop. _ready also holds
# (function, argument) pairs: callbacks that run in their turn.

import sys
import time

try:
    import select as _select
except ImportError:
    _select = None

try:
    from time import monotonic_ns as _now_ns
except ImportError:
    def _now_ns():
        return int(time.monotonic() * 1000000000)


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


class InvalidStateError(Exception):
    pass


_PARK = object()
_SLEEP = object()
_IO_READ = object()
_IO_WRITE = object()
_running = None   # the loop that is running now
_default = None   # the loop get_event_loop() returns when none is running
_task_count = 0


def _this_task():
    loop = _running
    if loop is None or loop._current is None:
        raise RuntimeError("no running event loop")
    return loop._current


def _wake(t, value=None):
    # t must be parked; it is moved to the end of its loop's ready list.
    t._loop._unpark(t)
    t._send = value
    t._loop._ready.append(t)


def _wake_all(q, value=None):
    # Wakes every task parked in the list q, in order.
    for t in q:
        t._parked = None
        t._send = value
        t._loop._ready.append(t)
    del q[:]


class _Waiters(list):
    # A list of parked tasks that wait for owner (a Task, a gather). The
    # cancellation of a waiter goes to owner instead: owner.cancel(msg)
    # returns True if it took it.
    __slots__ = ("owner",)


class _Park:
    # Awaitable: parks the current task in the list q until _wake(); the
    # value it is woken with is the result of the await.
    __slots__ = ("q",)

    def __init__(self, q):
        self.q = q

    def __await__(self):
        t = _this_task()
        self.q.append(t)
        t._parked = self.q
        return (yield _PARK)

    __iter__ = __await__


class _Sleep:
    __slots__ = ("ns", "result")

    def __init__(self, ns, result):
        self.ns = ns
        self.result = result

    def __await__(self):
        if self.ns > 0:
            t = _this_task()
            loop = t._loop
            t._key = loop._call_at(_now_ns() + self.ns, t)
            t._parked = _SLEEP
            yield _PARK
        else:
            yield None
        return self.result

    __iter__ = __await__


def _ns(t, unit):
    # t units as integer nanoseconds; unit is the number of ns in one.
    if isinstance(t, int):
        return t * unit
    if isinstance(t, float):
        return int(t * unit)
    raise TypeError("a number is required, not %s" % type(t).__name__)


def sleep(t, result=None):
    """Suspends the current task for t seconds (0 yields to the others)."""
    return _Sleep(_ns(t, 1000000000), result)


def sleep_ms(t, result=None):
    """Suspends the current task for t milliseconds."""
    return _Sleep(_ns(t, 1000000), result)


# Binary min-heap of timer entries (deadline_ns, seq, item); seq is unique,
# so comparisons never reach item. item is a Task to wake or a
# (function, argument) callback.

def _sift_up(h, i):
    e = h[i]
    while i > 0:
        p = (i - 1) >> 1
        if h[p] <= e:
            break
        h[i] = h[p]
        i = p
    h[i] = e


def _sift_down(h, i):
    n = len(h)
    e = h[i]
    while True:
        c = 2 * i + 1
        if c >= n:
            break
        if c + 1 < n and h[c + 1] < h[c]:
            c += 1
        if e <= h[c]:
            break
        h[i] = h[c]
        i = c
    h[i] = e


def _heap_remove(h, i):
    last = h.pop()
    if i < len(h):
        h[i] = last
        _sift_down(h, i)
        _sift_up(h, i)


class Task:
    """A coroutine scheduled to run on an event loop."""

    __slots__ = ("_coro", "_loop", "_name", "_parked", "_key", "_send",
                 "_throw", "_cancel_req", "_done", "_result", "_exc",
                 "_retrieved", "_waiters", "_callbacks", "_forwarding")

    def __init__(self, coro, loop=None, name=None):
        global _task_count
        if not (hasattr(coro, "send") and hasattr(coro, "throw")):
            if not hasattr(coro, "__await__"):
                raise TypeError("coroutine expected")
            coro = _await(coro)    # e.g. sleep(1), which is not a coroutine
        if loop is None:
            loop = get_event_loop()
        _task_count += 1
        self._coro = coro
        self._loop = loop
        self._name = "Task-%d" % _task_count if name is None else str(name)
        self._parked = None
        self._key = None
        self._send = None
        self._throw = None
        self._cancel_req = None
        self._done = False
        self._result = None
        self._exc = None
        self._retrieved = False
        self._waiters = _Waiters()
        self._waiters.owner = self
        self._callbacks = None
        self._forwarding = False
        loop._ready.append(self)

    def __repr__(self):
        if not self._done:
            state = "pending"
        elif self.cancelled():
            state = "cancelled"
        else:
            state = "finished"
        c = self._coro
        s = "<Task %s name=%r coro=<%s()>" % (
            state, self._name, getattr(c, "__qualname__", getattr(c, "__name__", "?")))
        if self._done and not self.cancelled():
            if self._exc is not None:
                s += " exception=%r" % (self._exc,)
            else:
                s += " result=%r" % (self._result,)
        return s + ">"

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def done(self):
        return self._done

    def cancelled(self):
        return self._done and isinstance(self._exc, CancelledError)

    def result(self):
        if not self._done:
            raise InvalidStateError("Result is not set.")
        self._retrieved = True
        if self._exc is not None:
            raise self._exc
        return self._result

    def exception(self):
        if not self._done:
            raise InvalidStateError("Exception is not set.")
        self._retrieved = True
        if isinstance(self._exc, CancelledError):
            raise self._exc
        return self._exc

    def add_done_callback(self, fn):
        """fn(task) is called soon after the task is done."""
        if self._done:
            self._loop._ready.append((fn, self))
        elif self._callbacks is None:
            self._callbacks = [fn]
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        cbs = self._callbacks
        if not cbs:
            return 0
        n = len(cbs)
        self._callbacks = [f for f in cbs if f != fn]
        return n - len(self._callbacks)

    def cancel(self, msg=None):
        """Requests that CancelledError be raised in the task where it
        waits. Returns False if the task is already done."""
        if self._done:
            return False
        p = self._parked
        if p is not None and self._forward_cancel(msg):
            return True
        # Raised in the task when it next runs; if it is running now, when
        # it next waits.
        self._cancel_req = CancelledError() if msg is None else CancelledError(msg)
        if p is not None and getattr(p, "owner", None) is None:
            self._loop._unpark(self)
            self._loop._ready.append(self)
        return True

    def _forward_cancel(self, msg):
        # Waiting for a task or a gather: that is what gets cancelled, and
        # this task sees the outcome (normally CancelledError). False if
        # it waits for something else or nothing could be cancelled.
        owner = getattr(self._parked, "owner", None)
        if owner is None or self._forwarding:
            return False                   # a cycle of waits ends here
        self._forwarding = True
        try:
            return owner.cancel(msg)
        finally:
            self._forwarding = False

    def __await__(self):
        if not self._done:
            t = _this_task()
            if t is self:
                raise RuntimeError("Task cannot await on itself")
            self._waiters.append(t)
            t._parked = self._waiters
            yield _PARK
        return self.result()

    __iter__ = __await__

    def _finish(self, result, exc):
        self._done = True
        self._result = result
        self._exc = exc
        ready = self._loop._ready
        cbs = self._callbacks
        if self._waiters:
            _wake_all(self._waiters)
        elif not cbs and exc is not None and isinstance(exc, Exception):
            # Nobody is waiting: if nobody takes the exception before this
            # check runs, it is reported.
            ready.append((self._loop._check_retrieved, self))
        if cbs:
            self._callbacks = None
            for fn in cbs:
                ready.append((fn, self))


def _promote(aw, loop=None):
    # A Task for aw: aw itself, a task running the coroutine aw, or one
    # awaiting any other awaitable.
    if isinstance(aw, Task):
        return aw
    if not (hasattr(aw, "send") or hasattr(aw, "__await__")):
        raise TypeError("An asyncio.Task, a coroutine or an awaitable is required")
    return Task(aw, loop)


async def _await(aw):
    return await aw


class Loop:
    """An event loop: runs tasks, wakes sleepers."""

    def __init__(self):
        self._ready = []
        self._heap = []
        self._seq = 0
        self._current = None
        self._running = False
        self._stopping = False
        self._closed = False
        self._handler = None
        self._io = {}          # stream -> [reading task, writing task]
        self._poller = None    # select.poll() over the streams in _io

    # Timers.

    def _call_at(self, deadline, item):
        self._seq += 1
        e = (deadline, self._seq, item)
        self._heap.append(e)
        _sift_up(self._heap, len(self._heap) - 1)
        return e

    def _cancel_timer(self, e):
        h = self._heap
        for i in range(len(h)):
            if h[i] is e:
                _heap_remove(h, i)
                return

    def _unpark(self, t):
        p = t._parked
        if p is None:
            return
        t._parked = None
        if p is _SLEEP:
            self._cancel_timer(t._key)
        elif p is _IO_READ or p is _IO_WRITE:
            self._io_drop(t._key, p is _IO_WRITE)
        else:
            p.remove(t)
        t._key = None

    # Streams. A stream is in _io (and registered with the poller) while
    # a task waits to read or write it; one task per direction.

    def _io_wait(self, t, s, write):
        e = self._io.get(s)
        if e is None:
            if self._poller is None:
                if _select is None:
                    raise RuntimeError("no select module: cannot wait for streams")
                self._poller = _select.poll()
            e = [None, None]
        elif e[write] is not None:
            raise RuntimeError("another task is already waiting for this stream")
        e[write] = t
        try:
            self._io_update(s, e)
        except BaseException:
            e[write] = None    # not pollable: the task does not wait
            raise
        t._parked = _IO_WRITE if write else _IO_READ
        t._key = s

    def _io_drop(self, s, write):
        e = self._io[s]
        e[write] = None
        self._io_update(s, e)

    def _io_update(self, s, e):
        mask = (_select.POLLIN if e[0] else 0) | (_select.POLLOUT if e[1] else 0)
        if not mask:
            del self._io[s]
            self._poller.unregister(s)
        elif s in self._io:
            self._poller.modify(s, mask)
        else:
            self._poller.register(s, mask)
            self._io[s] = e

    def _io_poll(self, ns):
        # Waits at most ns nanoseconds (None: no limit) for one of the
        # streams, and wakes the tasks whose stream is ready.
        sel = _select
        ms = -1 if ns is None else (ns + 999999) // 1000000
        bad = sel.POLLERR | sel.POLLHUP | sel.POLLNVAL
        for s, ev in self._poller.poll(ms):
            e = self._io.get(s)
            if e is None:
                continue
            if e[0] is not None and ev & (sel.POLLIN | bad):
                self._io_ready(e[0])
            if e[1] is not None and ev & (sel.POLLOUT | bad):
                self._io_ready(e[1])

    def _io_ready(self, t):
        self._unpark(t)
        self._ready.append(t)

    # Running.

    def create_task(self, coro, *, name=None):
        """Schedules the coroutine coro; returns its Task."""
        if self._closed:
            raise RuntimeError("Event loop is closed")
        return Task(coro, self, name)

    def _step(self, t):
        exc = t._throw
        val = t._send
        t._throw = t._send = None
        if t._cancel_req is not None:
            exc = t._cancel_req
            t._cancel_req = None
        self._current = t
        try:
            if exc is None:
                y = t._coro.send(val)
            else:
                y = t._coro.throw(exc)
        except StopIteration as e:
            self._current = None
            if t._cancel_req is not None:
                # Cancelled while running, then returned: cancelled all
                # the same, as in CPython.
                t._finish(None, t._cancel_req)
            else:
                t._finish(e.value, None)
            return
        except (CancelledError, Exception) as e:
            self._current = None
            t._finish(None, e)
            return
        except BaseException as e:    # SystemExit, KeyboardInterrupt: stop the loop
            self._current = None
            t._finish(None, e)
            raise
        self._current = None
        req = t._cancel_req
        if req is not None and y is _PARK:
            # Cancelled while running: forward it to what the task now
            # waits for, or wake the task to raise it.
            if t._forward_cancel(req.args[0] if req.args else None):
                t._cancel_req = None
                return
            if getattr(t._parked, "owner", None) is not None:
                return                     # raised when the wait ends
            self._unpark(t)
            y = None
        if y is None:
            self._ready.append(t)
        elif y is not _PARK:
            t._throw = RuntimeError("Task got bad yield: %r" % (y,))
            self._ready.append(t)

    def _idle(self, ns):
        # Waits ns nanoseconds, or forever for None: no task can run before.
        if ns is None:
            while True:
                time.sleep(3600)
        time.sleep(ns / 1000000000)

    def _run_once(self, nowait):
        h = self._heap
        if nowait or self._ready:
            dt = 0
        elif h:
            dt = max(0, h[0][0] - _now_ns())
        else:
            dt = None
        if self._io:
            self._io_poll(dt)
        elif dt != 0:
            self._idle(dt)
        if h:
            now = _now_ns()
            ready = self._ready
            while h and h[0][0] <= now:
                e = h[0]
                _heap_remove(h, 0)
                item = e[2]
                if isinstance(item, Task):
                    item._parked = None
                    item._key = None
                ready.append(item)
        batch = self._ready
        self._ready = []
        n = len(batch)
        i = 0
        try:
            while i < n:
                item = batch[i]
                i += 1
                if isinstance(item, Task):
                    if not item._done:
                        self._step(item)
                else:
                    self._callback(item[0], item[1])
        finally:
            if i < n:
                self._ready = batch[i:] + self._ready

    def _callback(self, fn, arg):
        try:
            fn(arg)
        except Exception as e:
            self.call_exception_handler({
                "message": "Exception in callback %r" % (fn,),
                "exception": e,
            })

    def _run(self, main):
        global _running
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._running = True
        _running = self
        try:
            last = False
            while True:
                # Like CPython, one more batch runs once main is done.
                if main is not None and main._done:
                    last = True
                self._run_once(last or self._stopping)
                if last or self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running = None
            self._report_pending()

    def _report_pending(self):
        # Failures not yet checked for a taker are reported now, since the
        # loop may never run again.
        ready = self._ready
        keep = []
        checks = []
        for item in ready:
            if not isinstance(item, Task) and item[0] == self._check_retrieved:
                checks.append(item[1])
            else:
                keep.append(item)
        if checks:
            self._ready = keep
            for t in checks:
                self._check_retrieved(t)

    def run_forever(self):
        """Runs tasks until stop() is called."""
        self._run(None)

    def run_until_complete(self, aw):
        """Runs tasks until aw (a coroutine or Task) is done; returns its
        result or raises its exception."""
        if self._closed:
            raise RuntimeError("Event loop is closed")
        t = _promote(aw, self)
        t._retrieved = True   # its exception is raised here
        self._run(t)
        if not t._done:
            raise RuntimeError("Event loop stopped before Future completed.")
        return t.result()

    def stop(self):
        """Makes run_forever() return after the current batch of tasks."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        """Drops every pending task; the loop cannot run again."""
        global _default
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready = []
        self._heap = []
        if self._poller is not None:
            for s in self._io:
                self._poller.unregister(s)
        self._io = {}
        if _default is self:
            _default = None

    # Errors nobody caught.

    def _check_retrieved(self, t):
        if not t._retrieved:
            t._retrieved = True
            self.call_exception_handler({
                "message": "Task exception wasn't retrieved",
                "exception": t._exc,
                "future": t,
            })

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError("A callable object or None is expected, got %r" % (handler,))
        self._handler = handler

    def get_exception_handler(self):
        return self._handler

    def default_exception_handler(self, context):
        err = sys.stderr
        print(context.get("message", "Unhandled exception in event loop"), file=err)
        fut = context.get("future")
        if fut is not None:
            print("future:", repr(fut), file=err)
        exc = context.get("exception")
        if exc is not None:
            pe = getattr(sys, "print_exception", None)
            if pe is not None:
                pe(exc)
            else:
                print("%s: %s" % (type(exc).__name__, exc), file=err)

    def call_exception_handler(self, context):
        h = self._handler
        try:
            if h is None:
                self.default_exception_handler(context)
            else:
                h(self, context)
        except Exception as e:
            if h is None:
                raise
            print("Unhandled error in exception handler", file=sys.stderr)
            self.default_exception_handler({"exception": e})


def get_event_loop(runq_len=0, waitq_len=0):
    """The running loop, else the current default loop (made if needed)."""
    global _default
    if _running is not None:
        return _running
    if _default is None:
        _default = Loop()
    return _default


def get_running_loop():
    if _running is None:
        raise RuntimeError("no running event loop")
    return _running


def new_event_loop():
    """A fresh loop, which becomes the default one."""
    global _default
    if _running is not None:
        raise RuntimeError("Cannot replace the running event loop")
    _default = Loop()
    return _default


def set_event_loop(loop):
    global _default
    _default = loop


def current_task(loop=None):
    """The task that is running now (None in a callback)."""
    if loop is None:
        loop = _running
        if loop is None:
            raise RuntimeError("no running event loop")
    return loop._current


def create_task(coro, *, name=None):
    """Schedules the coroutine coro on the current loop; returns its Task."""
    return Task(coro, get_event_loop(), name)


def ensure_future(aw, *, loop=None):
    return _promote(aw, loop)


def run(coro):
    """Runs coro as a task to completion on the current loop and returns
    its result."""
    if _running is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    return get_event_loop().run_until_complete(create_task(coro))
