import { beforeAll, describe, expect, it } from 'vitest';
import { makespan } from '../trace/makespan';
import { matchShape } from './shape';
import { nodeSession, runIn, TEST_SCENARIO } from './testing';
import type { PythonSession } from './session';
import { AIOHTTP } from './tutorialPrograms';

// How programs other than the tutorial's run in the page: the client libraries as the catalogue uses them,
// CPU work on the virtual clock, and what stops a run.
let session: PythonSession;
beforeAll(async () => {
  session = await nodeSession();
}, 120_000);

/** Virtual makespans are the endpoint's delays (CPU is not counted in these cases: see `runIn`). */
const near = (ms: number, target: number) => ms >= target && ms < target + 5;

describe('aiohttp and requests as the catalogue uses them', () => {
  it('TCPConnector(limit=2): 6 requests in 3 waves, the others queued for a connection', () => {
    const source = `import asyncio, aiohttp
async def fetch(session, i):
    async with session.get('http://127.0.0.1:5000/?ms=1000') as response:
        return (await response.json())['ms']
async def main():
    connector = aiohttp.TCPConnector(limit=2)
    async with aiohttp.ClientSession(connector=connector) as session:
        print(await asyncio.gather(*(fetch(session, i) for i in range(6))))
asyncio.run(main())
`;
    const { result, trace, output, nominal } = runIn(session, source);
    expect(result.status).toBe('ok');
    expect(output).toContain('[1000, 1000, 1000, 1000, 1000, 1000]');
    expect(near(makespan(trace), 3_000)).toBe(true);
    expect(trace.tasks.some((t) => t.segments.some((s) => s.state === 'queued'))).toBe(true);
    const match = matchShape(trace, TEST_SCENARIO, nominal);
    expect(match).toMatchObject({ ok: true });
    expect(match.ok && match.scenario.params.connectorLimit).toBe(2);
    expect(match.ok && match.scenario.params.tasks).toBe(6);
  });

  it('failures and hangs follow the mock endpoint: a 500 is a status, a hang ends in the client timeout', () => {
    const source = `import asyncio, aiohttp, requests
print(requests.get('http://127.0.0.1:5000/?ms=10&fail=1').status_code)
async def main():
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as s:
        try:
            await s.get('http://127.0.0.1:5000/?ms=10&hang=1')
        except asyncio.TimeoutError:
            print('timed out')
asyncio.run(main())
`;
    const { result, output, trace } = runIn(session, source);
    expect(result.status).toBe('ok');
    expect(output).toBe('500\ntimed out\n');
    expect(near(makespan(trace), 2_010)).toBe(true);
  });

  it('a URL other than the local endpoint is refused like a machine without that server would', () => {
    const { result } = runIn(session, `import requests\nrequests.get('https://example.com/')`);
    expect(result.status === 'error' && result.error.type).toBe('ConnectionError');
  });
});

describe('CPU work on the virtual clock', () => {
  it('counts what the program computed, measured, as running time on the loop', () => {
    const source = `import asyncio
def work():
    total = 0
    for i in range(200_000):
        total += i * i
    return total
async def main():
    work()
asyncio.run(main())
`;
    const { result, trace } = runIn(session, source, { cpuScale: 1 });
    expect(result.status).toBe('ok');
    const running = trace.tasks[0].segments.filter((s) => s.state === 'running');
    expect(running.reduce((sum, s) => sum + s.end - s.start, 0)).toBeGreaterThan(1);
    expect(makespan(trace)).toBeGreaterThan(1);
  });
});

describe('what stops a run', () => {
  it('a syntax error names its line', () => {
    const { result } = runIn(session, `x = 1\ndef f(:\n    pass\n`);
    expect(result.status).toBe('syntax');
    expect(result.status === 'syntax' && result.error.line).toBe(2);
  });

  it("an exception shows the program's traceback with the line it was raised on", () => {
    const { result } = runIn(session, `def f():\n    return 1 / 0\n\nf()\n`);
    expect(result.status === 'error' && result.error.line).toBe(2);
    expect(result.status === 'error' && result.error.traceback).toContain(
      'ZeroDivisionError: division by zero',
    );
  });

  it('threads, executors and processes are refused before running, with their line', () => {
    const cases: [string, string, number][] = [
      ['import threading\n\nthreading.Thread(target=print).start()\n', 'threading.Thread', 3],
      [
        'import asyncio\nasync def main():\n    await asyncio.get_running_loop().run_in_executor(None, print)\n',
        'run_in_executor',
        3,
      ],
      ['from concurrent.futures import ProcessPoolExecutor\n', 'ProcessPoolExecutor', 1],
      ['import aiomultiprocess\n', 'aiomultiprocess', 1],
      ['import asyncio\nasyncio.run(asyncio.to_thread(print))\n', 'asyncio.to_thread', 2],
    ];
    for (const [source, construct, line] of cases) {
      const { result } = runIn(session, source);
      expect(result.status === 'refused' && result.refused[0]).toMatchObject({ construct, line });
    }
  });

  it('limits: virtual time, tasks and output each stop the run by name', () => {
    const forever = `import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(60)\nasyncio.run(main())\n`;
    const a = runIn(session, forever, { maxVirtualS: 600 }).result;
    expect(a.status === 'limit' && a.limit.name).toBe('virtual-time');
    const many = `import asyncio\nasync def f():\n    pass\nasync def main():\n    await asyncio.gather(*(f() for _ in range(50)))\nasyncio.run(main())\n`;
    const b = runIn(session, many, { maxTasks: 20 }).result;
    expect(b.status === 'limit' && b.limit.name).toBe('tasks');
    const c = runIn(session, `while True:\n    print('x' * 100)\n`, { maxOutput: 10_000 }).result;
    expect(c.status === 'limit' && c.limit.name).toBe('output');
  });

  it('a request that hangs with no timeout is a program that would wait forever', () => {
    const { result } = runIn(session, `import requests\nrequests.get('http://127.0.0.1:5000/?hang=1')\n`);
    expect(result.status).toBe('stalled');
  });

  it('the interpreter is clean for the next run: same program, same picture', () => {
    const first = runIn(session, AIOHTTP).trace;
    const again = runIn(session, AIOHTTP).trace;
    // Measured CPU moves bars by fractions of a millisecond (and a zero-length `ready` may come or go); the
    // tasks, their requests and the makespan to the millisecond's order are the same.
    const requests = (trace: typeof first) =>
      trace.events.filter((e) => e.kind === 'request-sent').map((e) => e.task);
    expect(again.tasks.map((t) => t.label)).toEqual(first.tasks.map((t) => t.label));
    expect(requests(again)).toEqual(requests(first));
    expect(Math.abs(makespan(again) - makespan(first))).toBeLessThan(50);
  });
});
