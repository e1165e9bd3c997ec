import { describe, expect, it } from 'vitest';
import { STRATEGIES } from './catalogue';
import { defaultScenario, simulateScenario } from './run';
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

  for (const strategy of STRATEGIES) {
    it(`${strategy.id}: each mapped line exists and holds the code for that state`, () => {
      const source = strategy.python.split('\n');
      for (const [state, line] of Object.entries(strategy.lines ?? {}) as [keyof SourceLines, number][]) {
        expect(Number.isInteger(line) && line >= 1 && line <= source.length, `${state} → line ${line}`).toBe(
          true,
        );
        expect(source[line - 1], `${strategy.id} ${state} → line ${line}`).toMatch(EXPECTED[state]);
      }
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
      const src = s.python.split('\n');
      const line = s.lines?.callback;
      expect(line, s.id).toBeDefined();
      const name = /add_done_callback\((\w+)\)/.exec(s.python)?.[1];
      const def = src.findIndex((l) => l.startsWith(`def ${name}(`));
      expect(def, `${s.id}: def ${name}`).toBeGreaterThanOrEqual(0);
      expect(line).toBe(def + 2);
    }
  });

  it('points suspended tasks at an await and blocked ones at requests.get', () => {
    for (const s of STRATEGIES) {
      const src = s.python.split('\n');
      if (s.lines?.blocked) expect(src[s.lines.blocked - 1]).toContain('requests.get');
      if (s.lines?.suspended) expect(src[s.lines.suspended - 1]).toMatch(/await|async with/);
    }
  });
});
