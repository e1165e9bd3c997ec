"""The run in progress: its clock, recorder, host (the page: answers and output) and seed."""

_current = None


def current():
    if _current is None:
        raise RuntimeError("the slow endpoint answers only while a program runs in Awaitline")
    return _current


class Runtime:
    def __init__(self, clock, rec, host, seed):
        self.clock = clock
        self.rec = rec
        self.host = host
        self.seed = seed
        self.requests = 0


def enter(rt):
    global _current
    _current = rt


def leave():
    global _current
    _current = None
