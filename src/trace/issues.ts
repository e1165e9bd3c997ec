import type { z } from 'zod';
import { formatPath } from './path';

/** How many problems a one-line error message names before it says "and N more". */
const NAMED_PROBLEMS = 3;

const ARTICLE: Record<string, string> = {
  array: 'an array',
  object: 'an object',
  int: 'an integer',
  undefined: 'nothing',
};

function describeExpected(expected: string): string {
  return ARTICLE[expected] ?? `a ${expected}`;
}

/** A short, safe rendering of the offending value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function got(issue: z.core.$ZodIssue): string {
  return 'input' in issue ? describeValue(issue.input) : 'nothing';
}

function bound(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  limit: unknown,
  word: string,
): string {
  const cmp = word === 'least' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
  switch (issue.origin) {
    case 'array':
    case 'set':
      return `expected at ${word} ${String(limit)} items`;
    case 'string':
      return Number(limit) === 1 && word === 'least'
        ? 'must not be empty'
        : `expected at ${word} ${String(limit)} characters`;
    default:
      return `expected a number ${cmp} ${String(limit)}, got ${got(issue)}`;
  }
}

/** One zod issue as `path: what was expected, got what`. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return `${where}: expected ${describeExpected(issue.expected)}, got ${got(issue)}`;
    case 'invalid_value':
      return `${where}: expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values
        .map((v) => JSON.stringify(v))
        .join(', ')}, got ${got(issue)}`;
    case 'too_small':
      return `${where}: ${bound(issue, issue.minimum, 'least')}`;
    case 'too_big':
      return `${where}: ${bound(issue, issue.maximum, 'most')}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

/**
 * Fold a list of problems into one readable message: the first few, then a count of the rest.
 *
 * @example joinProblems(['a: x', 'b: y']) // 'a: x; b: y'
 */
export function joinProblems(problems: readonly string[]): string {
  const named = problems.slice(0, NAMED_PROBLEMS).join('; ');
  const rest = problems.length - NAMED_PROBLEMS;
  return rest > 0 ? `${named} (and ${rest} more ${rest === 1 ? 'problem' : 'problems'})` : named;
}
