"""Records what the main thread and every asyncio task do, as a flat log the page turns into a Trace.

Entries are [kind, t_ms, who, a, b]; `who` is 0 for the main thread's own code, n ≥ 1 for the n-th task.
Kinds: new (a = coroutine name, b = [task name or None, line, whether the coroutine is the program's]), ready, run (a = line), suspend / queued
(a = line), done, failed, block (a = 'sleep' | 'request', b = line), unblock, loop (a = 'enter' | 'exit'),
send (a = request id, b = the endpoint's delay, ms; None for a hang) / recv (a = request id, b = HTTP
status, 0 when none came), callback (a = name, b = line).
"""

import sys

from .clock import REAL_PERF
from .limits import LimitReached

PROGRAM = "<your program>"
MAIN = 0
CALLBACK = -1


def user_line():
    """The line of the learner's program that is running now (the innermost frame of the program)."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename == PROGRAM:
            return frame.f_lineno
        frame = frame.f_back
    return None


def paused_at(coro):
    """Where a task's coroutine is paused: the innermost line of the program, and whether it waits in a
    lock's acquire (a semaphore or a connection pool): then the task is queued, not awaiting I/O."""
    line, queued = None, False
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        if frame is None:
            break
        code = frame.f_code
        if code.co_filename == PROGRAM:
            line = frame.f_lineno
        elif code.co_name == "acquire" and code.co_filename.endswith("locks.py"):
            queued = True
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return line, queued


class Recorder:
    def __init__(self, clock, max_tasks, cpu_limit_s):
        self.clock = clock
        self.max_tasks = max_tasks
        self.cpu_limit_s = cpu_limit_s
        self.log = []
        self.ids = {}
        self.tasks = []  # kept alive so ids are never reused
        self.current = MAIN
        self.self_ready = False
        self.pending = None
        self.started = REAL_PERF()
        self.mark = self.started
        self.emit("run", MAIN, None)

    def emit(self, kind, who, a=None, b=None):
        self.log.append([kind, round(self.clock.now() * 1000, 3), who, a, b])

    def tick(self):
        """Charges the Python code that ran since the last mark (the program's, not the loop's) to the clock."""
        now = REAL_PERF()
        if self.current is not None:
            self.clock.add_cpu(now - self.mark)
        self.mark = now
        if now - self.started > self.cpu_limit_s:
            raise LimitReached("cpu-seconds", self.cpu_limit_s)

    def task_of(self, task):
        n = self.ids.get(id(task))
        if n is None:
            if len(self.tasks) >= self.max_tasks:
                raise LimitReached("tasks", self.max_tasks)
            self.tasks.append(task)
            n = len(self.tasks)
            self.ids[id(task)] = n
            coro = task.get_coro()
            name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None) or "task"
            given = task.get_name()
            code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
            own = code is not None and code.co_filename == PROGRAM
            self.tick()
            self.emit("new", n, name, [None if given.startswith("Task-") else given, user_line(), own])
            self.exclude()
        return n

    def ready(self, n):
        if n == self.current:
            self.self_ready = True  # sleep(0) or a bare yield: ready again once this step ends
            return
        self.tick()
        self.emit("ready", n)
        self.exclude()

    def step(self, n, task, callback, args):
        """Runs one step of task n (CPython's Task.__step or __wakeup) and records what it left the task in."""
        self.tick()
        self.current, self.self_ready, self.pending = n, False, None
        self.emit("run", n, paused_at(task.get_coro())[0])
        self.exclude()
        try:
            callback(*args)
        finally:
            self.tick()
            if task.done():
                failed = task.cancelled() or task._exception is not None
                self.emit("failed" if failed else "done", n)
            elif self.self_ready:
                self.emit("ready", n)
            else:
                line, queued = paused_at(task.get_coro())
                self.emit("queued" if queued else "suspend", n, line)
            self.current = None
            self.exclude()

    def callback(self, callback, args):
        """A plain callback of the program (add_done_callback, call_soon, call_later) run by the loop."""
        self.tick()
        code = callback.__code__
        owner = self.ids.get(id(args[0])) if args else None
        self.emit("callback", owner, code.co_name, code.co_firstlineno)
        self.current = CALLBACK
        self.exclude()
        try:
            callback(*args)
        finally:
            self.tick()
            self.current = None
            # The callback's end: its own Python time on the loop's thread, so it is drawn as work, not a point.
            self.emit("callback-end", owner)

    def exclude(self):
        """The recorder's and the HTTP modules' own work is not the program's: restart the CPU count here."""
        self.mark = REAL_PERF()

    def who(self):
        return self.current if self.current not in (None, CALLBACK) else MAIN

    def block(self, seconds, reason, line, then=None):
        """A blocking call: the thread (and every task of its loop) waits `seconds`; `then` runs at its end."""
        who = self.who()
        self.tick()
        self.emit("block", who, reason, line)
        self.clock.wait(seconds)
        if then is not None:
            then()
        self.mark = REAL_PERF()
        self.emit("unblock", who)

    def loop_enter(self):
        self.tick()
        self.emit("loop", MAIN, "enter", user_line())
        self.current = None

    def loop_exit(self):
        self.tick()
        self.current = MAIN
        self.emit("loop", MAIN, "exit")

    def finish(self, failed):
        self.current = MAIN
        try:
            self.tick()
        except LimitReached:
            pass
        self.emit("failed" if failed else "done", MAIN)
