import { describe, expect, it } from 'vitest';
import { checkFault, DEFAULT_FAULT_SETTINGS, toLiveFaults } from './liveFaults';

describe('fault settings', () => {
  it('checks bounds, wholeness and numbers', () => {
    expect(checkFault('failPct', 0)).toBeNull();
    expect(checkFault('failPct', 100)).toBeNull();
    expect(checkFault('failPct', 2.5)).toBeNull();
    expect(checkFault('failPct', -1)).toMatchObject({ code: 'range', min: 0, max: 100 });
    expect(checkFault('timeoutMs', 10)).toMatchObject({ code: 'range', min: 50 });
    expect(checkFault('timeoutMs', 100.5)).toMatchObject({ code: 'range', whole: true });
    expect(checkFault('crashAtMs', null)).toEqual({ code: 'number' });
  });

  it('turns percentages into probabilities and sends a crash time only when ticked', () => {
    expect(toLiveFaults(DEFAULT_FAULT_SETTINGS)).toEqual({
      failRate: 0,
      hangRate: 0,
      timeoutMs: 15_000,
      crashAtMs: null,
    });
    const faults = toLiveFaults({ failPct: 10, hangPct: 5, timeoutMs: 2000, crashOn: true, crashAtMs: 700 });
    expect(faults).toEqual({ failRate: 0.1, hangRate: 0.05, timeoutMs: 2000, crashAtMs: 700 });
  });
});
