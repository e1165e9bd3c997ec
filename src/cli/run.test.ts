import { describe, expect, it } from 'vitest';
import { parseTrace } from '../trace/schema';
import { runCli } from './run';

describe('the sim CLI', () => {
  it('prints one JSON object with the contract fields', () => {
    const r = runCli([
      '--strategy',
      'asyncio-gather',
      '--tasks',
      '5',
      '--latency',
      '3000',
      '--request-cpu',
      '0',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ strategy: 'asyncio-gather', tasks: 5, makespanMs: 3003, peakInFlight: 5 });
    expect(out.throughputPerS).toBeCloseTo(5 / 3.003, 6);
  });

  it('prints a readable summary by default', () => {
    const r = runCli([
      '--strategy',
      'sequential',
      '--tasks',
      '5',
      '--latency',
      '3000',
      '--overhead',
      '0',
      '--request-cpu',
      '0',
    ]);
    expect(r.stdout).toContain('makespan        15.00 s');
    expect(r.stdout).toContain('One after another (sequential)');
  });

  it('maps every flag onto the scenario', () => {
    const r = runCli([
      '--strategy',
      'process-pool',
      '--tasks',
      '40',
      '--latency',
      '100',
      '--jitter',
      '20',
      '--jitter-kind',
      'lognormal',
      '--cpu',
      '5',
      '--workers',
      '3',
      '--concurrency',
      '2',
      '--connector-limit',
      '0',
      '--chunksize',
      '2',
      '--cores',
      '2',
      '--startup',
      '7',
      '--overhead',
      '1',
      '--request-cpu',
      '0.5',
      '--seed',
      '9',
      '--trace',
      '/tmp/x.json',
    ]);
    expect(r.code).toBe(0);
    const trace = r.trace?.trace;
    expect(r.trace?.file).toBe('/tmp/x.json');
    expect(trace?.scenario).toEqual({
      strategy: 'process-pool',
      seed: 9,
      params: {
        tasks: 40,
        latencyMs: 100,
        jitterMs: 20,
        jitterKind: 'lognormal',
        overheadMs: 1,
        requestCpuMs: 0.5,
        cpuMs: 5,
        workers: 3,
        concurrency: 2,
        connectorLimit: 0,
        chunksize: 2,
        cores: 2,
        startupMs: 7,
      },
    });
    expect(parseTrace(JSON.parse(JSON.stringify(trace))).ok).toBe(true);
  });

  it.each([
    [['--strategy', 'nope'], /unknown strategy "nope"; one of: .*sequential/],
    [['--tasks', '5'], /--strategy is required/],
    [['--strategy', 'sequential', '--tasks', '0'], /--tasks 0 is out of range: 1\.\.100000/],
    [
      ['--strategy', 'sequential', '--tasks', '100001'],
      /out of range: 1\.\.100000 \(the supported maximum\)/,
    ],
    [['--strategy', 'sequential', '--latency', '-5'], /--latency -5 is out of range/],
    [['--strategy', 'sequential', '--cpu', 'lots'], /--cpu must be a number, got "lots"/],
    [['--strategy', 'thread-pool', '--workers', '2.5'], /--workers must be a whole number/],
    [['--strategy', 'sequential', '--seed', 'x'], /--seed must be a whole number/],
    [['--strategy', 'sequential', '--jitter-kind', 'gauss'], /--jitter-kind must be uniform or lognormal/],
    [['--strategy', 'sequential', '--frobnicate'], /Unknown option '--frobnicate'/],
  ])('refuses %j with one line and exit status 2', (argv, message) => {
    const r = runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
