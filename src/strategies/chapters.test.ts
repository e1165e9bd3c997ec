import { describe, expect, it } from 'vitest';
import { CHAPTER_IDS, CHAPTERS, chapterScenario, nextChapter, previousChapter } from './chapters';
import { checkParams } from './run';

describe('the guided path', () => {
  it('follows the tutorial: blocking first, aiohttp before the 100-request chapters, aiomultiprocess last', () => {
    const strategies = CHAPTERS.map((c) => c.strategy);
    expect(strategies[0]).toBe('sequential');
    expect(strategies.indexOf('async-blocking')).toBeLessThan(strategies.indexOf('asyncio-gather'));
    expect(strategies.at(-1)).toBe('aiomultiprocess');
    expect(CHAPTERS.map((c) => c.id)).toEqual(CHAPTER_IDS);
  });

  it('gives every chapter a scenario that runs, with the tutorial 3-second endpoint', () => {
    for (const id of CHAPTER_IDS) {
      const scenario = chapterScenario(id);
      expect(checkParams(scenario.params, scenario.seed)).toEqual({});
    }
    expect(chapterScenario('aiohttp').params).toMatchObject({ tasks: 5, latencyMs: 3000 });
    expect(chapterScenario('hundred-many').params.tasks).toBe(100);
  });

  it('steps forward and back, and ends', () => {
    expect(nextChapter('blocking')).toBe('processes');
    expect(previousChapter('blocking')).toBeNull();
    expect(nextChapter('aiomultiprocess')).toBeNull();
  });
});
