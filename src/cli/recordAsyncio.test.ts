import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrace } from '../trace/schema';
import { makespan } from '../trace/makespan';
import { inFlightSeries } from '../trace/inFlight';

const ROOT = resolve(__dirname, '../..');
const RECORDER = join(ROOT, 'tools/record_asyncio.py');
const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = python.status === 0;

function record(script: string, args: readonly string[] = [], flags: readonly string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'awaitline-rec-'));
  const out = join(dir, 'trace.json');
  const run = spawnSync('python3', [RECORDER, '--out', out, ...flags, script, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { run, out, dir };
}

// Skipped only where there is no python3 to run the recorder with (the message says so in the report).
describe.skipIf(!hasPython)(
  `tools/record_asyncio.py (${hasPython ? python.stdout.trim() : 'python3 missing: skipped'})`,
  () => {
    it('records five concurrent 200 ms requests as a valid live trace that overlaps them', () => {
      const { run, out } = record(join(ROOT, 'tools/examples/five_requests.py'));
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('5 responses'); // the program itself ran, its output untouched
      const parsed = parseTrace(JSON.parse(readFileSync(out, 'utf8')));
      if (!parsed.ok) throw new Error(parsed.error);
      const { trace } = parsed;
      expect(trace.engine).toBe('live');
      expect(trace.lanes.map((l) => l.kind)).toEqual(['process', 'event-loop']);
      const fetches = trace.tasks.filter((t) => t.label.startsWith('fetch'));
      expect(fetches).toHaveLength(5);
      expect(trace.tasks.map((t) => t.label)).toContain('main #0');
      for (const task of fetches) {
        const states = task.segments.map((s) => s.state);
        expect(states[states.length - 1]).toBe('done');
        const waited = task.segments
          .filter((s) => s.state === 'suspended')
          .reduce((sum, s) => sum + s.end - s.start, 0);
        expect(waited).toBeGreaterThanOrEqual(195); // asyncio.sleep(0.2), give or take the clock
      }
      // Concurrent, not one after another: five 200 ms waits end well before 5 × 200 ms.
      expect(makespan(trace)).toBeGreaterThan(195);
      expect(makespan(trace)).toBeLessThan(700);
      expect(trace.scenario.strategy).toBe('asyncio-gather');
      expect(trace.scenario.params.tasks).toBe(5);
      expect(trace.scenario.params.latencyMs).toBeGreaterThan(190);
      expect(trace.scenario.params.latencyMs).toBeLessThan(260);
      expect(trace.events.some((e) => e.kind === 'suspend')).toBe(true);
      expect(inFlightSeries(trace).peak).toBe(0); // without the flag, no await is taken for a request
    });

    it('with --awaits-as-requests, counts the five waits as requests in flight', () => {
      const { run, out } = record(
        join(ROOT, 'tools/examples/five_requests.py'),
        [],
        ['--awaits-as-requests'],
      );
      expect(run.status, run.stderr).toBe(0);
      const parsed = parseTrace(JSON.parse(readFileSync(out, 'utf8')));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(inFlightSeries(parsed.trace).peak).toBe(5);
      expect(parsed.trace.events.filter((e) => e.kind === 'request-sent')).toHaveLength(5);
    });

    it('keeps a failing task as failed and the program’s exit status', () => {
      const dir = mkdtempSync(join(tmpdir(), 'awaitline-rec-'));
      const script = join(dir, 'boom.py');
      writeFileSync(
        script,
        'import asyncio, sys\nasync def ok():\n    await asyncio.sleep(0.01)\nasync def bad():\n    await asyncio.sleep(0.02)\n    raise ValueError("x")\nasync def main():\n    r = await asyncio.gather(ok(), bad(), return_exceptions=True)\n    sys.exit(3)\nasyncio.run(main())\n',
      );
      const { run, out } = record(script);
      expect(run.status).toBe(3);
      const parsed = parseTrace(JSON.parse(readFileSync(out, 'utf8')));
      if (!parsed.ok) throw new Error(parsed.error);
      const last = (label: string) =>
        parsed.trace.tasks.find((t) => t.label.startsWith(label))!.segments.at(-1)!.state;
      expect(last('ok')).toBe('done');
      expect(last('bad')).toBe('failed');
      expect(last('main')).toBe('failed'); // SystemExit raised inside it
    });

    it('refuses a missing script with a message', () => {
      const { run } = record('/nonexistent/nothing.py');
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/no such script: \/nonexistent\/nothing\.py/);
    });
  },
);
