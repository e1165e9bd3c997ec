import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from '../strategies';
import { toChromeTrace } from './chromeTrace';
import { checkTraceFileSize, MAX_TRACE_FILE_BYTES, readTraceFile } from './readTraceFile';

const trace = simulateScenario({
  ...defaultScenario('thread-pool'),
  params: { ...defaultScenario('thread-pool').params, tasks: 6 },
});

describe('readTraceFile', () => {
  it('reads Awaitline JSON and Chrome trace JSON back to the same trace', () => {
    expect(readTraceFile(JSON.stringify(trace))).toEqual({ ok: true, trace, format: 'awaitline' });
    expect(readTraceFile(JSON.stringify(toChromeTrace(trace)))).toEqual({
      ok: true,
      trace,
      format: 'chrome',
    });
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['blank space', '  \n ', /the file is empty/],
    ['not JSON', 'hello, world', /^not valid JSON \(/],
    ['truncated JSON', JSON.stringify(trace).slice(0, 200), /^not valid JSON/],
    ['a random JSON object', '{"name":"x","items":[1,2]}', /not an Awaitline trace: no "version" field/],
    ['a JSON array', '[1,2,3]', /not an Awaitline trace/],
    ['a JSON number', '42', /not an Awaitline trace/],
    [
      'a newer version',
      JSON.stringify({ ...trace, version: 2 }),
      /unsupported trace version 2; this Awaitline reads version 1/,
    ],
    ['a missing field', JSON.stringify({ ...trace, tasks: undefined }), /^tasks: /],
    [
      'a wrong type deep inside',
      JSON.stringify({ ...trace, lanes: [{ ...trace.lanes[0], kind: 'fiber' }, ...trace.lanes.slice(1)] }),
      /lanes\[0\]\.kind/,
    ],
    [
      'a foreign Chrome trace',
      '{"traceEvents":[{"ph":"X","name":"a","pid":1,"tid":1,"ts":0,"dur":1}]}',
      /^Chrome trace: a Chrome trace not written by Awaitline/,
    ],
  ])('refuses %s with a message naming the problem', (_what, text, message) => {
    const r = readTraceFile(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });

  it('refuses empty and huge files by size before reading them', () => {
    expect(checkTraceFileSize(0)).toBe('the file is empty');
    expect(checkTraceFileSize(1024)).toBeNull();
    expect(checkTraceFileSize(MAX_TRACE_FILE_BYTES)).toBeNull();
    expect(checkTraceFileSize(MAX_TRACE_FILE_BYTES + 1)).toBe(
      'the file is too large (50.0 MB; the limit is 50 MB)',
    );
    expect(checkTraceFileSize(80 * 1024 * 1024)).toMatch(/^the file is too large \(80\.0 MB/);
  });
});
