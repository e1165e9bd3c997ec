"""CPython's own event loop (BaseEventLoop: its ready queue, timers and task steps) on Awaitline's clock.

Only the clock and the wait for I/O are replaced: `time()` reads the run's clock, and the selector's
`select(timeout)` waits `timeout` on it (the virtual clock jumps) and reports no I/O, since every response
is a timer set by the HTTP modules. Task steps and the program's callbacks go through `call_soon` /
`call_at`, where they are wrapped to be recorded.
"""

import asyncio
from asyncio import base_events, events

from .limits import Stalled
from .recorder import PROGRAM


class _Selector:
    def __init__(self, clock):
        self.clock = clock

    def select(self, timeout):
        if timeout is None:
            raise Stalled()
        self.clock.wait(timeout)
        return []

    def close(self):
        pass


class RecordingLoop(base_events.BaseEventLoop):
    def __init__(self, runtime):
        super().__init__()
        self._runtime = runtime
        self._selector = _Selector(runtime.clock)

    def time(self):
        return self._runtime.clock.now()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def _wrap(self, callback):
        rec = self._runtime.rec
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, asyncio.Task):
            n = rec.task_of(owner)
            rec.ready(n)
            return lambda *args: rec.step(n, owner, callback, args)
        code = getattr(callback, "__code__", None)
        if code is not None and code.co_filename == PROGRAM:
            return lambda *args: rec.callback(callback, args)
        return callback

    def call_soon(self, callback, *args, context=None):
        return super().call_soon(self._wrap(callback), *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        code = getattr(callback, "__code__", None)
        if code is not None and code.co_filename == PROGRAM:
            callback = self._wrap(callback)
        return super().call_at(when, callback, *args, context=context)

    def run_forever(self):
        rec = self._runtime.rec
        rec.loop_enter()
        try:
            super().run_forever()
        finally:
            rec.loop_exit()

    def run_in_executor(self, executor, func, *args):
        from .guard import Unsupported
        from .recorder import user_line

        raise Unsupported("run_in_executor", user_line())


class RecordingPolicy(events._BaseDefaultEventLoopPolicy):
    """New loops (asyncio.run, new_event_loop, get_event_loop) are recording loops."""

    def __init__(self, runtime):
        super().__init__()
        self._runtime = runtime

    def new_event_loop(self):
        return RecordingLoop(self._runtime)
