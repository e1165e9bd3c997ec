"""Runs a learner's program once and returns, as JSON, what happened: the log to draw, or why not."""

import ast
import json
import traceback

from . import runtime as _rt
from .clock import Clock
from .guard import STRATEGY, Unsupported, scan
from .limits import LimitReached, Stalled
from .patches import install, uninstall
from .recorder import PROGRAM, Recorder


def _program_frames(exc):
    tb = traceback.TracebackException.from_exception(exc)
    frames = [f for f in tb.stack if f.filename == PROGRAM]
    return tb, frames


def _error(exc):
    tb, frames = _program_frames(exc)
    tb.stack = traceback.StackSummary.from_list(frames)
    text = "".join(tb.format())
    line = frames[-1].lineno if frames else None
    return {"type": type(exc).__name__, "message": str(exc), "line": line, "traceback": text}


def run(source, options_json, host):
    opts = json.loads(options_json)
    try:
        tree = ast.parse(source, PROGRAM)
        code = compile(tree, PROGRAM, "exec")
    except SyntaxError as exc:
        text = "".join(traceback.format_exception_only(exc))
        return json.dumps({"status": "syntax", "error": {"type": type(exc).__name__, "message": exc.msg,
                                                         "line": exc.lineno, "col": exc.offset, "traceback": text}})
    refused = scan(tree)
    if refused:
        return json.dumps({"status": "refused", "refused": [
            {"construct": c, "line": line, "strategy": STRATEGY[c]} for c, line in refused]})
    clock = Clock(opts["virtual"], opts.get("cpuScale", 1.0), opts["maxVirtualS"])
    rec = Recorder(clock, opts["maxTasks"], opts["maxCpuS"])
    rt = _rt.Runtime(clock, rec, host, opts.get("seed", 0))
    _rt.enter(rt)
    saved = install(rt, opts["maxOutput"])
    result = {"status": "ok"}
    try:
        exec(code, {"__name__": "__main__", "__file__": PROGRAM})
    except LimitReached as exc:
        result = {"status": "limit", "limit": {"name": exc.limit, "value": exc.value}}
    except Stalled:
        result = {"status": "stalled"}
    except Unsupported as exc:
        result = {"status": "refused", "refused": [
            {"construct": exc.construct, "line": exc.line, "strategy": STRATEGY[exc.construct]}]}
    except SystemExit as exc:
        if exc.code not in (None, 0):
            result = {"status": "error", "error": _error(exc)}
    except BaseException as exc:  # the program's own exception, shown with its traceback
        result = {"status": "error", "error": _error(exc)}
    finally:
        uninstall(saved)
        _rt.leave()
    rec.finish(result["status"] != "ok")
    result["log"] = rec.log
    result["requests"] = rt.requests
    result["virtual"] = clock.virtual
    return json.dumps(result)
