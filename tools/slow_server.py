#!/usr/bin/env python3
"""The tutorial's slow endpoint, for running Awaitline's Python programs on your own machine.

    python3 tools/slow_server.py [--host 127.0.0.1] [--port 5000]    (--port 0: any free port, printed)

Then run any program copied from Awaitline (it asks ``http://127.0.0.1:5000/?ms=...``). Standard library only;
Python 3.8 or later.

It answers ``GET <any path>?ms=&id=&jitter=&seed=&fail=&hang=`` with the same contract as the app's mocked
endpoint (src/live/endpoint/contract.ts):

- ``ms``: answer after this many milliseconds (0 to 60000; required);
- ``jitter``: spread the delay by up to plus or minus this many ms, never below 0;
- ``id``: the request's name (default empty); with ``seed``, it decides the jitter, failures and hangs, drawn
  exactly as the app's mock draws them, so a rerun with the same seed gets the same delays;
- ``fail``: probability of an HTTP 500 (which still takes its delay); ``hang``: probability of never answering
  (the client's timeout ends it). Hang is drawn first, then fail, then the jitter.
- ``sent``: accepted and ignored (the delay counts from when the request arrives: here the network is real).

A good answer is ``200`` with a small JSON body ``{"id": ..., "ms": ...}`` and the headers ``x-slow-id`` and
``x-slow-ms`` (the delay used); a bad query gets ``400`` with JSON ``{"error": ...}``. Connections are kept alive
(HTTP/1.1). One asyncio loop serves every connection, so a thousand waiting requests cost it almost nothing.
"""
import argparse
import asyncio
import json
import math
import signal
import sys
from urllib.parse import parse_qs, urlsplit

MAX_MS = 60_000
MASK = 0xFFFFFFFF


def _imul(a, b):
    return (a * b) & MASK


def _mulberry32(seed):
    """The first draw of mulberry32 from ``seed``, in [0, 1): the app's createRng(seed).next()."""
    a = (seed + 0x6D2B79F5) & MASK
    t = a
    t = _imul(t ^ (t >> 15), t | 1)
    t = (t ^ ((t + _imul(t ^ (t >> 7), t | 61)) & MASK)) & MASK
    return ((t ^ (t >> 14)) & MASK) / 4294967296


def draw(seed, request_id, salt):
    """A uniform draw in [0, 1) that depends only on (seed, id, salt), like src/live/endpoint/draw.ts."""
    h = 0x811C9DC5 ^ (seed & MASK)
    text = "%s\u0000%s" % (request_id, salt)
    data = text.encode("utf-16-le")  # UTF-16 code units, as JavaScript's charCodeAt hashes them
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & MASK
    return _mulberry32(h)


RULES = {
    "ms": (0, MAX_MS, False),
    "jitter": (0, MAX_MS, False),
    "seed": (0, MASK, True),
    "fail": (0, 1, False),
    "hang": (0, 1, False),
    "sent": (0, 2**53 - 1, False),
}


def parse_query(query):
    """The checked query as a dict, or a string saying what is wrong with it."""
    raw = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
    if "ms" not in raw:
        return "ms is missing"
    values = {"id": raw.get("id", "")}
    for field, (low, high, integer) in RULES.items():
        if field not in raw:
            continue
        try:
            value = float(raw[field])
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and low <= value <= high and (not integer or value.is_integer())):
            return "%s=%s is not a number from %s to %s" % (field, raw[field], low, high)
        values[field] = int(value) if integer else value
    return values


def answer_for(q):
    """('ok' | 'fail', ms) or ('hang', None): the mock's answerFor (src/live/endpoint/answer.ts)."""
    seed = q.get("seed", 0)
    if "hang" in q and draw(seed, q["id"], "hang") < q["hang"]:
        return "hang", None
    jitter = q.get("jitter", 0)
    ms = max(0.0, q["ms"] + jitter * (2 * draw(seed, q["id"], "jitter") - 1))
    if "fail" in q and draw(seed, q["id"], "fail") < q["fail"]:
        return "fail", ms
    return "ok", ms


def response(status, reason, body, headers=()):
    data = json.dumps(body).encode()
    head = ["HTTP/1.1 %d %s" % (status, reason), "Content-Type: application/json",
            "Content-Length: %d" % len(data), "Connection: keep-alive"]
    head += ["%s: %s" % h for h in headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + data


async def serve_connection(reader, writer):
    try:
        while True:
            request_line = await reader.readline()
            if not request_line:
                break
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass  # headers: nothing in them matters here (GET has no body)
            parts = request_line.decode("latin-1").split()
            target = parts[1] if len(parts) >= 2 else "/"
            q = parse_query(urlsplit(target).query)
            if isinstance(q, str):
                writer.write(response(400, "Bad Request", {"error": q}))
            else:
                kind, ms = answer_for(q)
                if kind == "hang":
                    await asyncio.Event().wait()  # never answers; ends when the client closes
                await asyncio.sleep(ms / 1000)
                headers = (("x-slow-id", q["id"]), ("x-slow-ms", "%g" % ms))
                if kind == "fail":
                    writer.write(response(500, "Internal Server Error", {"error": "failed"}, headers))
                else:
                    writer.write(response(200, "OK", {"id": q["id"], "ms": ms}, headers))
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


async def main(host, port, ready=None):
    server = await asyncio.start_server(serve_connection, host, port, backlog=4096, reuse_address=True)
    port = server.sockets[0].getsockname()[1]  # --port 0: the one the system picked
    print("slow endpoint on http://%s:%d/?ms=3000" % (host, port), file=ready or sys.stdout, flush=True)
    stop = asyncio.get_running_loop().create_future()
    for sig in (signal.SIGINT, signal.SIGTERM):
        asyncio.get_running_loop().add_signal_handler(sig, lambda: stop.done() or stop.set_result(None))
    async with server:
        await stop


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5000)
    args = parser.parse_args()
    asyncio.run(main(args.host, args.port))
