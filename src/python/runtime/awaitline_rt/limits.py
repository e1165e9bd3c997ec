"""Why a run was stopped. A BaseException, so the learner's `except Exception:` cannot swallow it."""


class LimitReached(BaseException):
    def __init__(self, limit, value):
        super().__init__(limit, value)
        self.limit = limit
        self.value = value


class Stalled(BaseException):
    """Nothing is ready and no timer or response is due: the program would wait forever (e.g. a hung request)."""
