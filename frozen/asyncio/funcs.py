# asyncio.funcs: gather, wait_for.

from . import core


class _Gathering:
    # Shared by a gather() and the done-callbacks of its children.
    __slots__ = ("tasks", "left", "fail_fast", "error", "q", "over",
                 "cancelling")

    def __init__(self, tasks, fail_fast):
        self.tasks = tasks
        self.left = len(tasks)      # children not done yet
        self.fail_fast = fail_fast  # a failure ends the gather
        self.error = None           # what the gather raises
        self.q = core._Waiters()    # the gathering task while it waits
        self.q.owner = self
        self.over = False           # the gathering task has been woken
        self.cancelling = False     # cancel() reached some children

    def child_done(self, t):
        self.left -= 1
        t._retrieved = True
        if self.over:
            return
        if self.fail_fast and t._exc is not None:
            self.error = t._exc
        elif self.left:
            return
        elif self.cancelling:
            self.error = core.CancelledError()
        self.over = True
        core._wake_all(self.q)

    def cancel(self, msg=None):
        # The gathering task is cancelled: its children are, in its place.
        hit = False
        for t in self.tasks:
            if t.cancel(msg):
                hit = True
        if hit:
            self.cancelling = True
        return hit


async def gather(*aws, return_exceptions=False):
    """Runs the awaitables aws concurrently and returns the list of their
    results, in order. A failure is raised at once unless return_exceptions
    is true, in which case the exception takes that child's place in the
    list. Cancelling the task that waits in gather() cancels the children
    that are not done; it gets CancelledError once they have finished."""
    tasks = []
    made = {}    # one task per distinct awaitable, as in CPython
    for aw in aws:
        t = made.get(aw)
        if t is None:
            t = made[aw] = core._promote(aw)
        tasks.append(t)
    if not tasks:
        return []
    g = _Gathering(tasks, not return_exceptions)
    for t in tasks:
        t.add_done_callback(g.child_done)
    try:
        await core._Park(g.q)
    finally:
        g.over = True
    if g.error is not None:
        raise g.error
    if return_exceptions:
        return [_outcome(t) for t in tasks]
    return [t._result for t in tasks]


def _outcome(t):
    e = t._exc
    if e is None:
        return t._result
    if isinstance(e, core.CancelledError):
        # A fresh one, as CPython gives: CancelledError('') or the message.
        return core.CancelledError(e.args[0] if e.args else "")
    return e


class _Wakeup:
    # A waiting place that timers and done-callbacks can empty.
    __slots__ = ("q",)

    def __init__(self):
        self.q = []

    def __call__(self, arg):
        core._wake_all(self.q)


async def _cancel_and_join(t):
    # Cancels t and waits until it is done, raising nothing of its own.
    if t._done:
        return
    w = _Wakeup()
    t.add_done_callback(w)
    try:
        t.cancel()
        await core._Park(w.q)
    finally:
        t.remove_done_callback(w)


async def _wait_for_ns(aw, ns):
    t = core._promote(aw)
    timed_out = False
    if ns <= 0:
        if not t._done:
            timed_out = True
            await _cancel_and_join(t)
    elif not t._done:
        loop = t._loop
        w = _Wakeup()
        timer = loop._call_at(core._now_ns() + ns, (w, None))
        t.add_done_callback(w)
        try:
            await core._Park(w.q)
        except core.CancelledError:
            loop._cancel_timer(timer)
            t.remove_done_callback(w)
            await _cancel_and_join(t)
            raise
        loop._cancel_timer(timer)
        t.remove_done_callback(w)
        if not t._done:
            timed_out = True
            await _cancel_and_join(t)
    if timed_out and t.cancelled():
        t._retrieved = True
        raise core.TimeoutError
    return t.result()


async def wait_for(aw, timeout):
    """Waits for aw for at most timeout seconds (None: no limit). On a
    timeout the task is cancelled and asyncio.TimeoutError is raised."""
    if timeout is None:
        return await aw
    return await _wait_for_ns(aw, core._ns(timeout, 1000000000))


async def wait_for_ms(aw, timeout):
    """wait_for() with the timeout in milliseconds."""
    if timeout is None:
        return await aw
    return await _wait_for_ns(aw, core._ns(timeout, 1000000))
