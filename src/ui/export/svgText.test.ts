import { describe, expect, it } from 'vitest';
import { wrapText } from './svgText';

// No canvas in Node: textWidth estimates 0.56 × size per character, so 12 px text is ~6.7 px a character.
describe('wrapText', () => {
  it('breaks English at spaces', () => {
    expect(wrapText('one two three four', 70, '12px sans-serif')).toEqual(['one two', 'three four']);
  });
  it('breaks Chinese between characters, which has no spaces', () => {
    const lines = wrapText('每张图从零到它自己的总耗时', 50, '12px sans-serif');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('每张图从零到它自己的总耗时');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(7);
  });
});
