import { describe, expect, it } from 'vitest';
import { checkBudget, defaultScenario } from '../../strategies';
import { budgetText } from './budgetText';

const base = defaultScenario('thread-pool');
const problem = checkBudget({
  ...base,
  params: { ...base.params, tasks: 2000, workers: 256, cpuMs: 10_000 },
});

describe('budgetText', () => {
  it('names the parameters that made the run large and what would fit, in both languages', () => {
    if (problem === null) throw new Error('expected a budget problem');
    expect(budgetText(problem, 'en')).toBe(
      'This run is too large to draw: about 8,012,000 segments (≈ 1.2 GB of memory) because tasks=2000 each cut cpu=10000 ms into 2,000 turns of 5 ms while workers=256 threads share one GIL; one run may make 1,000,000. ' +
        'What fits: tasks=249 or fewer, or cpu=1235 ms or less, or workers=1 (no turns for the GIL); the Scaling tab gives the makespan without drawing every turn.',
    );
    const zh = budgetText(problem, 'zh-CN');
    expect(zh).toContain('8,012,000 个片段');
    expect(zh).toContain('tasks 不超过 249');
    expect(zh).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} /); // no English sentence left in
  });

  it('says a run was stopped while running', () => {
    if (problem === null) throw new Error('expected a budget problem');
    expect(budgetText({ ...problem, stage: 'running', kind: 'steps', count: 5e6, limit: 5e6 }, 'en')).toMatch(
      /^This run was stopped when it reached 5,000,000 simulation steps, its budget, because tasks=2000/,
    );
  });
});
