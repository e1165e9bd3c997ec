import { describe, expect, it } from 'vitest';
import { answerFor, type Answer } from './answer';
import type { SlowQuery } from './contract';

const many = (q: Omit<SlowQuery, 'id'>, n = 2000): Answer[] =>
  Array.from({ length: n }, (_, i) => answerFor({ ...q, id: `t${i}` }));
const count = (answers: readonly Answer[], kind: Answer['kind']) =>
  answers.filter((a) => a.kind === kind).length;

describe('answerFor', () => {
  it('passes a refused query on as bad', () => {
    expect(answerFor({ error: 'id is missing' })).toEqual({ kind: 'bad', error: 'id is missing' });
  });

  it('answers after exactly ms when there is no jitter or fault', () => {
    expect(answerFor({ ms: 300, id: 'a' })).toEqual({ kind: 'ok', id: 'a', ms: 300 });
  });

  it('spreads ms by up to ± jitter, both ways, and never below 0', () => {
    const ms = many({ ms: 300, jitter: 100, seed: 1 }).map((a) => (a.kind === 'ok' ? a.ms : Number.NaN));
    expect(Math.min(...ms)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...ms)).toBeLessThanOrEqual(400);
    expect(Math.min(...ms)).toBeLessThan(210);
    expect(Math.max(...ms)).toBeGreaterThan(390);
    const clamped = many({ ms: 10, jitter: 100, seed: 1 }).map((a) => (a.kind === 'ok' ? a.ms : Number.NaN));
    expect(Math.min(...clamped)).toBe(0);
  });

  it('fails and hangs at about the asked rates, and the rates 0 and 1 are exact', () => {
    const answers = many({ ms: 100, seed: 9, fail: 0.2, hang: 0.1 });
    expect(count(answers, 'hang') / answers.length).toBeCloseTo(0.1, 1);
    // Fail is drawn only for requests that did not hang.
    expect(count(answers, 'fail') / answers.length).toBeCloseTo(0.9 * 0.2, 1);
    expect(count(many({ ms: 1, fail: 1 }), 'fail')).toBe(2000);
    expect(count(many({ ms: 1, hang: 1, fail: 1 }), 'hang')).toBe(2000);
    expect(count(many({ ms: 1, fail: 0, hang: 0 }), 'ok')).toBe(2000);
  });

  it('a failure still takes its (jittered) time', () => {
    expect(answerFor({ ms: 250, id: 'a', fail: 1 })).toEqual({ kind: 'fail', id: 'a', ms: 250 });
  });

  it('is repeatable for a seed and differs between seeds', () => {
    const q = { ms: 100, jitter: 50, fail: 0.3, hang: 0.3 };
    expect(many({ ...q, seed: 5 })).toEqual(many({ ...q, seed: 5 }));
    expect(many({ ...q, seed: 5 })).not.toEqual(many({ ...q, seed: 6 }));
  });
});
