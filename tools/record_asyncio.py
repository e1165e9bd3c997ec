#!/usr/bin/env python3
"""Record an asyncio program's tasks as an Awaitline trace (version 1).

    python3 tools/record_asyncio.py [--out trace.json] [--awaits-as-requests] script.py [args...]

Runs ``script.py`` as ``__main__`` (like ``python3 script.py``) with every task instrumented, then writes a
trace that Awaitline opens (drop the file on the page, or "Open trace..."), to draw the real run beside the
simulation of the same scenario. Standard library only; Python 3.8 to 3.13.

How it records: ``BaseEventLoop.create_task`` is wrapped, so every task (``asyncio.run``'s main coroutine,
``create_task``, ``gather``, ``wait``...) gets a thin coroutine proxy. Each ``send``/``throw`` into the proxy is
one step of the task on the event loop: the time inside it is ``running``; the time between two steps is
``suspended`` (awaiting); from creation to the first step it is ``ready``; the last step ends it ``done`` (or
``failed`` when it raised or was cancelled). ``suspend`` / ``resume`` events mark each await. The wrapper
works with any loop built on ``BaseEventLoop`` (the default selector and proactor loops), with or without a
custom task factory; uvloop and eager task factories are not instrumented. Work handed to threads or processes
(``run_in_executor``, ``to_thread``) shows as the awaiting task being suspended.

The trace says ``engine: "live"``; its scenario is ``asyncio-gather`` (the closest strategy: tasks on one
event loop), with ``tasks`` = the number of tasks besides the first (main) one, ``latencyMs`` = their median
time suspended, ``jitterMs`` = half the spread of it, ``cpuMs`` = their median time running, so "Compare with
simulation" shows what the model predicts for the same work.
"""
import argparse
import asyncio
import asyncio.base_events
import json
import os
import re
import runpy
import statistics
import sys
import threading
import time
from collections.abc import Coroutine

_T0 = time.perf_counter()


def _now():
    """Milliseconds since the recorder started."""
    return (time.perf_counter() - _T0) * 1000.0


class _Record:
    def __init__(self, index, label):
        self.index = index
        self.label = label
        self.created = _now()
        self.steps = []  # [start, end] of each step on the loop
        self.end_state = None  # 'done' or 'failed' when finished


class _TracedCoroutine(Coroutine):
    """Forwards to the task's coroutine and times every step the loop gives it."""

    def __init__(self, coro, record):
        self._coro = coro
        self._record = record

    def _step(self, method, *args):
        start = _now()
        try:
            result = method(*args)
        except StopIteration:
            self._finish(start, 'done')
            raise
        except BaseException:
            self._finish(start, 'failed')
            raise
        self._record.steps.append([start, _now()])
        return result

    def _finish(self, start, state):
        self._record.steps.append([start, _now()])
        self._record.end_state = state

    def send(self, value):
        return self._step(self._coro.send, value)

    def throw(self, *args):
        return self._step(self._coro.throw, *args)

    def close(self):
        return self._coro.close()

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def __getattr__(self, name):  # cr_frame, cr_code, __qualname__ ... for debuggers and reprs
        return getattr(self._coro, name)


_ASYNCIO_DIR = os.path.dirname(os.path.abspath(asyncio.__file__))


def _is_asyncio_internal(coro):
    """asyncio's own housekeeping tasks (shutting down async generators, the default executor)."""
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    return code is not None and os.path.dirname(os.path.abspath(code.co_filename)) == _ASYNCIO_DIR


class Recorder:
    def __init__(self):
        self.records = []
        self._lock = threading.Lock()
        self._original = None

    def install(self):
        original = asyncio.base_events.BaseEventLoop.create_task
        self._original = original
        recorder = self

        def create_task(loop, coro, **kwargs):
            if not asyncio.iscoroutine(coro) or isinstance(coro, _TracedCoroutine) or _is_asyncio_internal(coro):
                return original(loop, coro, **kwargs)
            with recorder._lock:
                record = _Record(len(recorder.records), getattr(coro, '__qualname__', 'task'))
                recorder.records.append(record)
            task = original(loop, _TracedCoroutine(coro, record), **kwargs)
            name = task.get_name() if hasattr(task, 'get_name') else ''
            if name and not re.fullmatch(r'Task-\d+', name):
                record.label = name
            return task

        asyncio.base_events.BaseEventLoop.create_task = create_task

    def uninstall(self):
        if self._original is not None:
            asyncio.base_events.BaseEventLoop.create_task = self._original


def _segments(record, cancelled):
    """The task's life as contiguous segments; zero-length pieces (below the clock's resolution) are merged."""
    pieces = []
    cursor = record.created
    for start, end in record.steps:
        # Before its first step a task waits for the loop (ready); between steps it awaits (suspended).
        pieces.append(['ready' if not pieces else 'suspended', cursor, start])
        pieces.append(['running', start, end])
        cursor = end
    if not record.steps:
        pieces.append(['ready', cursor, cursor])
    merged = []
    for state, start, end in pieces:
        if end <= start:
            continue
        if merged and merged[-1]['state'] == state:
            merged[-1]['end'] = end
        else:
            if merged:
                start = merged[-1]['end']  # exactly contiguous
            merged.append({'state': state, 'start': start, 'end': end, 'lane': 'loop'})
    if record.end_state is not None:
        finish = merged[-1]['end'] if merged else record.created
        merged.append({'state': record.end_state, 'start': finish, 'end': finish, 'lane': 'loop'})
    elif not merged and not cancelled:
        return []
    return merged


def _scenario(records, tasks):
    """asyncio-gather with the run's shape: N tasks besides main, median time suspended and running."""
    others = [t for r, t in zip(records, tasks) if r.index > 0] or tasks
    def total(task, state):
        return sum(s['end'] - s['start'] for s in task['segments'] if s['state'] == state)
    waits = [total(t, 'suspended') for t in others] or [0.0]
    cpu = [total(t, 'running') for t in others] or [0.0]
    clamp = lambda ms: round(min(max(ms, 0.0), 3_600_000.0), 3)
    return {
        'strategy': 'asyncio-gather',
        'params': {
            'tasks': max(1, min(len(others), 100_000)),
            'latencyMs': clamp(statistics.median(waits)),
            'jitterMs': clamp((max(waits) - min(waits)) / 2),
            'jitterKind': 'uniform',
            'overheadMs': 0,
            'cpuMs': clamp(statistics.median(cpu)),
            'workers': 4,
            'concurrency': 16,
            'connectorLimit': 0,
            'chunksize': 0,
            'cores': max(1, min(os.cpu_count() or 1, 1024)),
            'startupMs': 0,
        },
        'seed': 1,
    }


def _shift(records):
    """Times from the first task's creation: t = 0 when the program's asyncio work begins."""
    origin = min(r.created for r in records)
    for r in records:
        r.created -= origin
        r.steps = [[a - origin, b - origin] for a, b in r.steps]


def build_trace(records, awaits_as_requests=False):
    """An Awaitline trace v1 from the recorded tasks (see the module's docstring for the mapping).

    With ``awaits_as_requests``, each wait of a task other than the first (main) one counts as a request in
    flight (``request-sent`` / ``response-received`` events), for programs whose tasks await only their I/O.
    """
    _shift(records)
    unfinished = any(r.end_state is None for r in records)
    tasks, kept = [], []
    for r in records:
        segments = _segments(r, unfinished)
        if not segments:
            continue
        kept.append(r)
        tasks.append({'id': 't%d' % r.index, 'label': '%s #%d' % (r.label, r.index), 'lane': 'loop', 'segments': segments})
    events = []
    for task in tasks:
        segs = task['segments']
        for before, after in zip(segs, segs[1:]):
            request = awaits_as_requests and task['id'] != 't0'
            if before['state'] == 'running' and after['state'] == 'suspended':
                events.append({'kind': 'suspend', 'time': after['start'], 'lane': 'loop', 'task': task['id']})
                if request:
                    events.append({'kind': 'request-sent', 'time': after['start'], 'lane': 'loop', 'task': task['id']})
            if before['state'] == 'suspended' and after['state'] == 'running':
                if request:
                    events.append({'kind': 'response-received', 'time': after['start'], 'lane': 'loop', 'task': task['id']})
                events.append({'kind': 'resume', 'time': after['start'], 'lane': 'loop', 'task': task['id']})
    events.sort(key=lambda e: e['time'])
    trace = {
        'version': 1,
        'engine': 'live',
        'scenario': _scenario(kept, tasks),
        'lanes': [
            {'id': 'proc', 'kind': 'process', 'label': 'python (pid %d)' % os.getpid(), 'parent': None},
            {'id': 'loop', 'kind': 'event-loop', 'label': 'event loop', 'parent': 'proc'},
        ],
        'tasks': tasks,
        'events': events,
    }
    if unfinished:
        trace['cancelled'] = True
    return trace


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog='record_asyncio.py',
        description="Run an asyncio program and write its tasks' timeline as an Awaitline trace.",
    )
    parser.add_argument('--out', '-o', help='where to write the trace (default: <script>.awaitline.json)')
    parser.add_argument(
        '--awaits-as-requests',
        action='store_true',
        help="count each wait of a task (other than main) as a request in flight, for the 'In flight' chart",
    )
    parser.add_argument('script', help='the Python program to run')
    parser.add_argument('args', nargs=argparse.REMAINDER, help="the program's own arguments")
    options = parser.parse_args(argv)
    if not os.path.isfile(options.script):
        parser.error('no such script: %s' % options.script)
    out = options.out or os.path.splitext(os.path.basename(options.script))[0] + '.awaitline.json'

    recorder = Recorder()
    recorder.install()
    sys.argv = [options.script] + options.args
    sys.path.insert(0, os.path.dirname(os.path.abspath(options.script)))
    status = 0
    try:
        runpy.run_path(options.script, run_name='__main__')
    except SystemExit as exit:
        status = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    finally:
        recorder.uninstall()
        if not recorder.records:
            print('record_asyncio: the program created no asyncio tasks; nothing written', file=sys.stderr)
            return status or 1
        trace = build_trace(recorder.records, options.awaits_as_requests)
        with open(out, 'w', encoding='utf-8') as f:
            json.dump(trace, f)
        print('record_asyncio: %d tasks -> %s' % (len(trace['tasks']), out), file=sys.stderr)
    return status


if __name__ == '__main__':
    sys.exit(main())
