import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { createAppStore } from '..';
import { getStrategy } from '../../strategies';
import { decodeProgram, encodeProgram, MAX_CODE_PARAM } from './programFeature';
import { linkFor, loadLink } from './registry';

describe('the program in a link (code=)', () => {
  const program = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n';

  it('round-trips an edited program through the link, next to its strategy', () => {
    const a = createAppStore();
    a.getState().pickStrategy('asyncio-gather');
    a.getState().setProgram({ strategy: 'asyncio-gather', source: program });
    const link = linkFor(a.getState());
    expect(link).toContain('code=1.');
    const b = createAppStore();
    const notices = loadLink(link.slice(link.indexOf('?')), b.getState);
    expect(notices).toEqual([]);
    expect(b.getState().program).toEqual({ strategy: 'asyncio-gather', source: program });
  });

  it("writes nothing while the program is the strategy's own", () => {
    const a = createAppStore();
    a.getState().setProgram({
      strategy: a.getState().scenario.strategy,
      source: getStrategy(a.getState().scenario.strategy).program(a.getState().scenario.params),
    });
    expect(linkFor(a.getState())).not.toContain('code=');
  });

  it('refuses what it did not write, and what decodes to control characters or too much', () => {
    expect(decodeProgram('1.' + compressToEncodedURIComponent('print(1)\u202e'))).toBeNull();
    expect(decodeProgram('1.' + compressToEncodedURIComponent('x\u0000'))).toBeNull();
    expect(decodeProgram('1.' + compressToEncodedURIComponent('#'.repeat(20_001)))).toBeNull();
    expect(decodeProgram('1.%%%')).toBeNull();
    expect(decodeProgram(encodeProgram(program) ?? '')).toBe(program);
    expect(
      encodeProgram(Array.from({ length: 3000 }, (_, i) => `v${i * 7919} = ${i}`).join('\n')),
    ).toBeNull();
    expect(MAX_CODE_PARAM).toBeLessThan(8192);
  });
});
