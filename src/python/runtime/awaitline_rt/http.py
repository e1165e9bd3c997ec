"""One request to the slow endpoint, for the aiohttp and requests modules. The page decides each answer with
the mock endpoint's own contract (latency, jitter, failures, hangs drawn from the seed and the request id);
here the answer becomes a timer on the loop (aiohttp: the task suspends) or a wait of the thread (requests:
it blocks)."""

import asyncio
import json

from . import runtime as _rt
from .limits import Stalled
from .recorder import user_line


class Refused(Exception):
    """The URL is not the tutorial's slow endpoint: nothing else answers in the page."""


def _answer(url):
    rt = _rt.current()
    rt.rec.tick()
    rt.requests += 1
    rid = "r%d" % rt.requests
    answer = json.loads(rt.host.answer(str(url), rid, rt.seed))
    if answer["kind"] in ("refused", "bad"):
        raise Refused(answer.get("error") or url)
    return rt, answer


def _body(answer):
    if answer["kind"] == "fail":
        return 500, json.dumps({"error": "failed", "id": answer["id"]})
    return 200, json.dumps({"id": answer["id"], "ms": answer["ms"]})


async def request_async(url, timeout_s=None):
    """(status, body) after the answer's delay; the calling task suspends meanwhile."""
    rt, answer = _answer(url)
    rec = rt.rec
    who = rec.who()
    rid = answer.get("id", "")
    loop = asyncio.get_running_loop()
    rec.exclude()
    rec.emit("send", who, rid, answer.get("ms"))
    done = loop.create_future()
    status, body = _body(answer) if answer["kind"] != "hang" else (0, "")

    def arrive():
        if not done.done():
            rec.emit("recv", who, rid, status)
            done.set_result(None)

    timer = None if answer["kind"] == "hang" else loop.call_later(answer["ms"] / 1000, arrive)
    rec.exclude()
    try:
        if timeout_s:
            await asyncio.wait_for(done, timeout_s)
        else:
            await done
    except (asyncio.TimeoutError, asyncio.CancelledError):
        if timer is not None:
            timer.cancel()
        rec.emit("recv", who, rid, 0)
        raise
    return status, body


def request_blocking(url, timeout_s=None):
    """(status, body) after the answer's delay; the calling thread blocks (and with it its event loop)."""
    rt, answer = _answer(url)
    rec = rt.rec
    who = rec.who()
    rid = answer.get("id", "")
    rec.exclude()
    rec.emit("send", who, rid, answer.get("ms"))
    line = user_line()
    if answer["kind"] == "hang":
        if not timeout_s:
            raise Stalled()
        rec.block(timeout_s, "request", line, lambda: rec.emit("recv", who, rid, 0))
        raise TimeoutError("no answer within %s s" % timeout_s)
    status, body = _body(answer)
    rec.block(answer["ms"] / 1000, "request", line, lambda: rec.emit("recv", who, rid, status))
    return status, body
