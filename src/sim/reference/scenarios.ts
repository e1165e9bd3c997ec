/**
 * fast-check arbitraries for small scenarios, for the simulator's property tests only. Times are whole
 * milliseconds, often round numbers, so that events tie (where ordering bugs hide).
 */
import fc from 'fast-check';
import type { JitterKind, Params, Scenario, StrategyId } from '../../trace/scenario';

const ms = (max: number, round: readonly number[]): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 0, max }), fc.constantFrom(...round));

/** Small whole-ms parameters without jitter: what the reference simulator can run. */
export const arbWholeParams: fc.Arbitrary<Params> = fc.record({
  tasks: fc.integer({ min: 1, max: 30 }),
  latencyMs: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.constantFrom(5, 10, 20, 50, 100)),
  jitterMs: fc.constant(0),
  jitterKind: fc.constant<JitterKind>('uniform'),
  overheadMs: ms(10, [0, 5]),
  // Even: half is burnt to send a request, half to read its answer.
  requestCpuMs: fc.constantFrom(0, 0, 2, 4),
  cpuMs: ms(30, [0, 5, 10, 20]),
  // 0: Python's default pool, which only run_in_executor has (arbScenario makes it 1 for the others).
  workers: fc.integer({ min: 0, max: 6 }),
  concurrency: fc.integer({ min: 1, max: 6 }),
  connectorLimit: fc.integer({ min: 0, max: 6 }),
  chunksize: fc.integer({ min: 0, max: 5 }),
  cores: fc.integer({ min: 1, max: 4 }),
  startupMs: ms(20, [0, 5, 10]),
});

/** Like `arbWholeParams`, with jitter (uniform below the latency, so no request is clamped to 0, or lognormal). */
export const arbJitteredParams: fc.Arbitrary<Params> = arbWholeParams.chain((p) =>
  fc
    .record({
      jitterKind: fc.constantFrom<JitterKind>('uniform', 'lognormal'),
      jitterMs: fc.integer({ min: 1, max: Math.max(1, p.latencyMs - 1) }),
      latencyMs: fc.constant(Math.max(2, p.latencyMs)),
    })
    .map((j) => ({ ...p, ...j })),
);

export const arbSeed: fc.Arbitrary<number> = fc.integer({ min: 0, max: 0xffffffff });

/** A scenario of `strategy` with small whole-ms parameters. */
export function arbScenario(strategy: StrategyId, params = arbWholeParams): fc.Arbitrary<Scenario> {
  const valid = params.map((p) =>
    p.workers === 0 && strategy !== 'run-in-executor' ? { ...p, workers: 1 } : p,
  );
  return fc.record({ strategy: fc.constant(strategy), params: valid, seed: arbSeed });
}
