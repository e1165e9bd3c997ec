import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario, STRATEGIES } from '../../strategies';
import { packTrace } from './packTrace';
import { transferables } from './packedTrace';
import { unpackTrace } from './unpackTrace';

describe('packed traces', () => {
  it.each(STRATEGIES.map((s) => s.id))('%s: unpack(pack(trace)) is the same trace', async (id) => {
    const scenario = defaultScenario(id);
    const trace = simulateScenario({ ...scenario, params: { ...scenario.params, jitterMs: 50 } });
    expect(await unpackTrace(structuredClone(packTrace(trace)))).toEqual(trace);
  });

  it('crosses in slices for a large trace, reporting progress, and stops when stale', async () => {
    const scenario = defaultScenario('asyncio-gather');
    const trace = simulateScenario({ ...scenario, params: { ...scenario.params, tasks: 9000 } });
    const packed = packTrace(trace);
    const progress: number[] = [];
    expect(await unpackTrace(packed, (f) => progress.push(f))).toEqual(trace);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect(
      await unpackTrace(
        packed,
        () => {},
        () => true,
      ),
    ).toBeNull();
  });

  it('lists every typed array for transfer, and packs strings once', () => {
    const packed = packTrace(simulateScenario(defaultScenario('thread-pool')));
    expect(transferables(packed)).toHaveLength(14);
    const strings = packed.strings.split('\u0000');
    expect(new Set(strings).size).toBe(strings.length);
  });

  it('keeps what an imported Python recording carries: the program, segment lines, cancelled', async () => {
    const sim = simulateScenario(defaultScenario('asyncio-gather'));
    const trace = {
      ...sim,
      engine: 'python' as const,
      program: 'import asyncio\n',
      cancelled: true,
      tasks: sim.tasks.map((t, i) => ({
        ...t,
        segments: t.segments.map((s, j) => (j === 0 && i % 2 === 0 ? { ...s, line: 3 + i } : s)),
      })),
    };
    expect(await unpackTrace(structuredClone(packTrace(trace)))).toEqual(trace);
  });
});
