import { describe, expect, it } from 'vitest';
import { STRATEGIES } from './catalogue';
import { defaultParams, defaultScenario, simulateScenario } from './run';
import type { Params } from '../trace/scenario';
import type { SourceLines } from './types';

/** What the highlighted line must say for a task in each state: the code that puts it there. */
const EXPECTED: Readonly<Record<keyof SourceLines, RegExp>> = {
  running: /parse\(|prepare\(|return /,
  suspended: /await|async with (session|semaphore)|session\.get/,
  blocked: /requests\.get/,
  queued: /semaphore|session\.get|pool\.map|Pool|range\(N\)|run_in_executor/,
  ready: /create_task|gather|parse\(|await /,
  main: /await asyncio\.wait\(/,
  callback: /parse\(|print\(/,
};

describe('strategy source lines', () => {
  it('maps every strategy in the catalogue', () => {
    expect(STRATEGIES.filter((s) => s.lines === undefined).map((s) => s.id)).toEqual([]);
  });

  // The defaults, and parameters far from them (every literal a different width, None for 0 pools): the
  // program's lines must not move, or the lit line would point at the wrong code.
  const variants = (id: Parameters<typeof defaultParams>[0]): Params[] => {
    const base = defaultParams(id);
    return [
      base,
      { ...base, tasks: 1, latencyMs: 1, jitterMs: 0, cpuMs: 0, workers: 0, connectorLimit: 0, chunksize: 0 },
      {
        ...base,
        tasks: 100_000,
        latencyMs: 12.5,
        jitterMs: 250,
        cpuMs: 40,
        workers: 256,
        concurrency: 10_000,
        connectorLimit: 10_000,
        chunksize: 7,
      },
    ];
  };

  for (const strategy of STRATEGIES) {
    it(`${strategy.id}: each mapped line exists and holds the code for that state, for any parameters`, () => {
      const lengths = new Set<number>();
      for (const params of variants(strategy.id)) {
        const source = strategy.program(params).split('\n');
        lengths.add(source.length);
        for (const [state, line] of Object.entries(strategy.lines ?? {}) as [keyof SourceLines, number][]) {
          expect(
            Number.isInteger(line) && line >= 1 && line <= source.length,
            `${state} → line ${line}`,
          ).toBe(true);
          expect(source[line - 1], `${strategy.id} ${state} → line ${line}`).toMatch(EXPECTED[state]);
        }
      }
      expect([...lengths]).toHaveLength(1);
    });
  }

  it('maps main() to its own await in every strategy whose run has a main() lane', () => {
    for (const s of STRATEGIES) {
      const trace = simulateScenario(defaultScenario(s.id));
      if (trace.tasks.some((t) => t.role === 'main')) expect(s.lines?.main, s.id).toBeDefined();
    }
  });

  it('maps a running done-callback to the body of the function its tasks were given', () => {
    for (const s of STRATEGIES) {
      const trace = simulateScenario(defaultScenario(s.id));
      if (!trace.events.some((e) => e.kind === 'callback')) continue;
      const program = s.program(defaultParams(s.id));
      const src = program.split('\n');
      const line = s.lines?.callback;
      expect(line, s.id).toBeDefined();
      const name = /add_done_callback\((\w+)\)/.exec(program)?.[1];
      const def = src.findIndex((l) => l.startsWith(`def ${name}(`));
      expect(def, `${s.id}: def ${name}`).toBeGreaterThanOrEqual(0);
      expect(line).toBe(def + 2);
    }
  });

  it('points suspended tasks at an await and blocked ones at requests.get', () => {
    for (const s of STRATEGIES) {
      const src = s.program(defaultParams(s.id)).split('\n');
      if (s.lines?.blocked) expect(src[s.lines.blocked - 1]).toContain('requests.get');
      if (s.lines?.suspended) expect(src[s.lines.suspended - 1]).toMatch(/await|async with/);
    }
  });
});
