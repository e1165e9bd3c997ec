"""The program's clock: virtual (jumps to the next timer or response) or the wall clock.

Virtual time advances in three ways only: the event loop's selector waits for the next timer (it returns at
once, the clock jumps), a blocking call (time.sleep, requests.get) adds its duration, and the learner's own
Python code adds the real time it took to run, measured with the interpreter's perf_counter and multiplied by
`cpu_scale` (1 = the time CPython-in-WebAssembly took here).
"""

import time

from .limits import LimitReached

REAL_PERF = time.perf_counter
REAL_SLEEP = time.sleep
REAL_TIME = time.time


class Clock:
    def __init__(self, virtual, cpu_scale=1.0, virtual_limit_s=3600.0):
        self.virtual = virtual
        self.cpu_scale = cpu_scale
        self.virtual_limit_s = virtual_limit_s
        self.origin = REAL_PERF()
        self.epoch = REAL_TIME()
        self.virtual_now = 0.0

    def now(self):
        """Seconds since the program started."""
        if self.virtual:
            return self.virtual_now
        return REAL_PERF() - self.origin

    def wait(self, seconds):
        """A wait of `seconds`: the virtual clock jumps; the wall clock really sleeps."""
        if seconds <= 0:
            return
        if self.virtual:
            self.virtual_now += seconds
        else:
            REAL_SLEEP(seconds)
        self._check()

    def add_cpu(self, real_seconds):
        """Work that took `real_seconds` here: on the virtual clock it counts scaled; the wall clock has moved."""
        if self.virtual and real_seconds > 0:
            self.virtual_now += real_seconds * self.cpu_scale
            self._check()

    def _check(self):
        if self.now() > self.virtual_limit_s:
            raise LimitReached("virtual-time", self.virtual_limit_s)
