import { describe, expect, it } from 'vitest';
import { readChromeTraceFast } from '../../trace/chromeTraceFast';
import { readTraceFile } from '../../trace/readTraceFile';
import { warmUpBytes } from './warmUpTrace';

describe('warmUpBytes', () => {
  it('is read by the fast path, whole, so every part of it is warmed', () => {
    const bytes = warmUpBytes(50);
    const columns = readChromeTraceFast(bytes);
    expect(columns).not.toBeNull();
    expect(columns?.taskId.length).toBe(50);
    expect(columns?.evKind.length).toBe(100);
    const general = readTraceFile(new TextDecoder().decode(bytes));
    expect(general.ok).toBe(true);
  });
});
