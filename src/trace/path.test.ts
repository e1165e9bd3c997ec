import { describe, expect, it } from 'vitest';
import { formatPath } from './path';

describe('formatPath', () => {
  it('joins keys with dots and indices with brackets', () => {
    expect(formatPath(['tasks', 3, 'segments', 0, 'end'])).toBe('tasks[3].segments[0].end');
  });
  it('names the root "trace"', () => {
    expect(formatPath([])).toBe('trace');
  });
  it('starts with an index when the path does', () => {
    expect(formatPath([2, 'id'])).toBe('[2].id');
  });
});
