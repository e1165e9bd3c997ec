import type { Params, Scenario, StrategyId } from '../trace/scenario';
import { defaultScenario } from './run';

/**
 * The guided path: the tutorial's story in its order (blocking requests → processes → coroutines and their
 * tasks → callbacks → asyncio.wait → the pitfall → aiohttp → 100 requests in one and in several processes →
 * aiomultiprocess). Each chapter is a preset scenario; its story lives in i18n/messages/chapters.ts.
 */
export const CHAPTER_IDS = [
  'blocking',
  'processes',
  'coroutines',
  'callbacks',
  'wait',
  'pitfall',
  'aiohttp',
  'hundred-one',
  'hundred-many',
  'aiomultiprocess',
] as const;

export type ChapterId = (typeof CHAPTER_IDS)[number];

export interface Chapter {
  readonly id: ChapterId;
  readonly strategy: StrategyId;
  /** What differs from the strategy's defaults (the tutorial: 5 requests to a 3-second endpoint). */
  readonly params: Partial<Params>;
}

const TUTORIAL: Partial<Params> = { tasks: 5, latencyMs: 3000, jitterMs: 0 };

export const CHAPTERS: readonly Chapter[] = [
  { id: 'blocking', strategy: 'sequential', params: TUTORIAL },
  { id: 'processes', strategy: 'process-pool', params: TUTORIAL },
  { id: 'coroutines', strategy: 'task-lifecycle', params: {} },
  { id: 'callbacks', strategy: 'done-callbacks', params: {} },
  { id: 'wait', strategy: 'asyncio-wait', params: {} },
  { id: 'pitfall', strategy: 'async-blocking', params: TUTORIAL },
  { id: 'aiohttp', strategy: 'asyncio-gather', params: TUTORIAL },
  { id: 'hundred-one', strategy: 'sequential', params: { ...TUTORIAL, tasks: 100 } },
  { id: 'hundred-many', strategy: 'process-pool', params: { ...TUTORIAL, tasks: 100 } },
  { id: 'aiomultiprocess', strategy: 'aiomultiprocess', params: { ...TUTORIAL, tasks: 100 } },
];

export const isChapterId = (id: string): id is ChapterId => (CHAPTER_IDS as readonly string[]).includes(id);

export const getChapter = (id: ChapterId): Chapter => CHAPTERS.find((c) => c.id === id) ?? CHAPTERS[0];

/** The chapter's scenario: its strategy's defaults, the chapter's work, seed 1. */
export function chapterScenario(id: ChapterId): Scenario {
  const chapter = getChapter(id);
  const base = defaultScenario(chapter.strategy);
  return { ...base, params: { ...base.params, ...chapter.params } };
}

/** The chapter after `id`, or null at the end of the path. */
export function nextChapter(id: ChapterId): ChapterId | null {
  return CHAPTER_IDS[CHAPTER_IDS.indexOf(id) + 1] ?? null;
}

export function previousChapter(id: ChapterId): ChapterId | null {
  const i = CHAPTER_IDS.indexOf(id);
  return i > 0 ? CHAPTER_IDS[i - 1] : null;
}
