import { describe, expect, it } from 'vitest';
import { resolveStrategy } from './strategyName';

describe('strategy names in a link', () => {
  it('resolves strategy ids and unambiguous parts of them', () => {
    expect(resolveStrategy('thread-pool')).toBe('thread-pool');
    expect(resolveStrategy('gather')).toBe('asyncio-gather');
    expect(resolveStrategy('asyncio')).toBeNull(); // several match
    expect(resolveStrategy('nope')).toBeNull();
  });
});
