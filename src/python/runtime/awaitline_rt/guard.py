"""What CPython in the page cannot run: threads, processes and executors. Found before the run (by reading
the program's syntax tree) and, for what slips through (a name built at run time), when it is called.

Pyodide has no threads (threading.Thread raises "can't start new thread"), no multiprocessing, and its
loop.run_in_executor runs the function inline, which would draw a silently wrong picture.
"""

import ast

# construct -> the catalogue strategy whose simulated and live runs show it
STRATEGY = {
    "threading.Thread": "thread-pool",
    "ThreadPoolExecutor": "thread-pool",
    "threading.Timer": "thread-pool",
    "_thread": "thread-pool",
    "run_in_executor": "run-in-executor",
    "asyncio.to_thread": "run-in-executor",
    "ProcessPoolExecutor": "process-pool",
    "multiprocessing": "process-pool",
    "os.fork": "process-pool",
    "subprocess": "process-pool",
    "aiomultiprocess": "aiomultiprocess",
}

_MODULES = {"multiprocessing": "multiprocessing", "aiomultiprocess": "aiomultiprocess", "_thread": "_thread",
            "subprocess": "subprocess"}
_NAMES = {"Thread": "threading.Thread", "Timer": "threading.Timer", "ThreadPoolExecutor": "ThreadPoolExecutor",
          "ProcessPoolExecutor": "ProcessPoolExecutor", "run_in_executor": "run_in_executor",
          "to_thread": "asyncio.to_thread", "fork": "os.fork"}


class Unsupported(BaseException):
    def __init__(self, construct, line):
        super().__init__(construct, line)
        self.construct = construct
        self.line = line


def _module_construct(name):
    top = name.split(".")[0]
    if name.startswith("concurrent.futures") or name == "concurrent":
        return None  # the executors themselves are named where used
    return _MODULES.get(top)


def scan(tree):
    """[(construct, line)] for every use of threads, processes or executors, in source order."""
    found = []
    for node in ast.walk(tree):
        construct = None
        if isinstance(node, ast.Import):
            construct = next((c for c in (_module_construct(a.name) for a in node.names) if c), None)
        elif isinstance(node, ast.ImportFrom) and node.module:
            construct = _module_construct(node.module)
            if construct is None:
                construct = next((_NAMES[a.name] for a in node.names if a.name in _NAMES
                                  and (node.module in ("threading", "asyncio", "os") or "futures" in node.module)),
                                 None)
        elif isinstance(node, ast.Attribute) and node.attr in _NAMES:
            base = node.value.id if isinstance(node.value, ast.Name) else None
            if node.attr in ("Thread", "Timer") and base != "threading":
                continue
            if node.attr == "fork" and base != "os":
                continue
            construct = _NAMES[node.attr]
        elif isinstance(node, ast.Name) and node.id in ("ThreadPoolExecutor", "ProcessPoolExecutor"):
            construct = node.id
        if construct:
            found.append((construct, node.lineno))
    found.sort(key=lambda f: f[1])
    return found
