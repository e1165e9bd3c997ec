import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue, describeValue, joinProblems } from './issues';

const issueOf = (schema: z.ZodType, input: unknown): string => {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) throw new Error('expected a failure');
  return describeIssue(r.error.issues[0]);
};

describe('describeValue', () => {
  it('shows short values and names long or structured ones', () => {
    expect(['x', 3, true, null, undefined, [1], { a: 1 }].map(describeValue)).toEqual([
      '"x"',
      '3',
      'true',
      'null',
      'nothing',
      'an array',
      'an object',
    ]);
    expect(describeValue('a'.repeat(40))).toBe(`"${'a'.repeat(24)}…"`);
  });
});

describe('describeIssue', () => {
  it('phrases each kind of problem in plain words', () => {
    expect(issueOf(z.object({ a: z.array(z.number()) }), { a: {} })).toBe(
      'a: expected an array, got an object',
    );
    expect(issueOf(z.object({ a: z.string().min(1) }), { a: '' })).toBe('a: must not be empty');
    expect(issueOf(z.object({ a: z.array(z.number()).min(2) }), { a: [1] })).toBe(
      'a: expected at least 2 items',
    );
    expect(issueOf(z.object({ a: z.number().lt(5) }), { a: 5 })).toBe('a: expected a number < 5, got 5');
    expect(issueOf(z.literal(1), 2)).toBe('trace: expected 1, got 2');
  });
});

describe('joinProblems', () => {
  it('names up to three problems and counts the rest', () => {
    expect(joinProblems(['a'])).toBe('a');
    expect(joinProblems(['a', 'b', 'c'])).toBe('a; b; c');
    expect(joinProblems(['a', 'b', 'c', 'd', 'e'])).toBe('a; b; c (and 2 more problems)');
  });
});
