"""What changes in the interpreter while a program runs, and is put back after: the time functions (on the
virtual clock; thread_time where Pyodide lacks it), asyncio's loop policy, the threads that cannot start,
and sys.stdout / sys.stderr."""

import asyncio
import sys
import threading
import time
from asyncio import events

from .guard import Unsupported
from .limits import LimitReached
from .loop import RecordingPolicy
from .recorder import user_line


class Output:
    """print() output, passed to the page as it is written, up to `limit` characters in all."""

    def __init__(self, host, stream, budget):
        self.host, self.stream, self.budget = host, stream, budget

    def write(self, text):
        self.budget[0] += len(text)
        if self.budget[0] > self.budget[1]:
            raise LimitReached("output", self.budget[1])
        self.host.output(self.stream, text)
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False


def install(rt, output_limit):
    clock, rec = rt.clock, rt.rec
    saved = {
        "sleep": time.sleep, "time": time.time, "perf_counter": time.perf_counter, "monotonic": time.monotonic,
        "thread_time": getattr(time, "thread_time", None),
        "policy": events._get_event_loop_policy(), "stdout": sys.stdout, "stderr": sys.stderr,
        "thread_start": threading.Thread.start, "running": events._get_running_loop(),
    }
    # Pyodide's own loop (WebLoop) is marked running for the page's sake: CPython's asyncio.run and
    # run_until_complete refuse to start while another loop runs, so it is set aside for the run.
    events._set_running_loop(None)

    def sleep(seconds):
        rec.block(max(0.0, float(seconds)), "sleep", user_line())

    def thread_start(self):
        raise Unsupported("threading.Thread", user_line())

    time.sleep = sleep
    if saved["thread_time"] is None:
        # Pyodide has one thread and no thread CPU clock; its process_time (emscripten's clock()) reads the
        # wall clock. The catalogue's programs burn CPU on time.thread_time(), as CPython measures it.
        time.thread_time = time.process_time
    if clock.virtual:
        time.time = lambda: clock.epoch + clock.now()
        time.perf_counter = clock.now
        time.monotonic = clock.now
    threading.Thread.start = thread_start
    policy = RecordingPolicy(rt)
    events._set_event_loop_policy(policy)
    asyncio.set_event_loop(policy.new_event_loop())  # the tutorial's asyncio.get_event_loop() finds it
    budget = [0, output_limit]
    sys.stdout = Output(rt.host, "stdout", budget)
    sys.stderr = Output(rt.host, "stderr", budget)
    return saved


def uninstall(saved):
    time.sleep = saved["sleep"]
    time.time = saved["time"]
    time.perf_counter = saved["perf_counter"]
    time.monotonic = saved["monotonic"]
    if saved["thread_time"] is None:
        del time.thread_time
    threading.Thread.start = saved["thread_start"]
    sys.stdout, sys.stderr = saved["stdout"], saved["stderr"]
    try:
        loop = events._get_event_loop_policy().get_event_loop()
        if not loop.is_closed() and not loop.is_running():
            loop.close()
    except Exception:
        pass
    events._set_event_loop_policy(saved["policy"])
    events._set_running_loop(saved["running"])
