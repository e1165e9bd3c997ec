import type { AppState, LinkNotice } from '..';
import { chapterFeature } from './chapterFeature';
import { embedFeature } from './embedFeature';
import { scanQuery } from './query';
import { scenarioFeature } from './scenarioFeature';
import { compareFeature, tabFeature } from './screenFeatures';
import type { QueryEntry, UrlFeature } from './types';
import { langFeature, presentFeature, themeFeature, viewFeature } from './viewFeatures';

/** The version of the link format; written first as `v=1`. Links without `v` are read as version 1. */
export const LINK_VERSION = 1;
const VERSION_KEY = 'v';

/** A feature with its value type hidden, so features of different types sit in one list. */
interface RegisteredFeature {
  readonly keys: readonly string[];
  readonly load: (query: ReturnType<typeof scanQuery>, getState: () => AppState) => void;
  readonly select: (state: AppState) => unknown;
  readonly entries: (state: AppState) => readonly QueryEntry[];
}

function register<T>(feature: UrlFeature<T>): RegisteredFeature {
  return {
    keys: feature.keys,
    load: (query, getState) => {
      feature.init?.(getState());
      const value = feature.read(query);
      if (value !== undefined) feature.apply(value, getState());
    },
    select: feature.select,
    entries: (state) => feature.write(feature.select(state)),
  };
}

/**
 * Every feature that lives in the URL, in the order its keys are written. To add one (a tab, compare entries),
 * declare it with `urlFeature` in its own file and add it here; see README.md in this folder.
 */
export const URL_FEATURES: readonly RegisteredFeature[] = [
  register(embedFeature),
  register(chapterFeature),
  register(scenarioFeature),
  register(viewFeature),
  register(themeFeature),
  register(langFeature),
  register(presentFeature),
  register(tabFeature),
  register(compareFeature),
];

/**
 * Reads a link into the app: every feature reads its keys and applies what is valid. Never throws; returns
 * what was ignored, for the notice banner.
 * @example const notices = loadLink('?strategy=gather&tasks=abc', store.getState) // tasks stays at its default
 */
export function loadLink(search: string, getState: () => AppState): readonly LinkNotice[] {
  const query = scanQuery(search);
  const version = query.take([VERSION_KEY]);
  const versionNotice: LinkNotice[] =
    version && version.value.trim() !== String(LINK_VERSION)
      ? [{ kind: 'version', value: version.value }]
      : [];
  for (const feature of URL_FEATURES) feature.load(query, getState);
  return [...versionNotice, ...query.finish()];
}

/** Encodes a value for a query, leaving `,` readable (`controls=tasks,latency`). */
const encode = (text: string) => encodeURIComponent(text).replace(/%2C/gi, ',');

/**
 * The query for the app's state: `?v=1`, then each feature's non-default keys.
 * @example linkFor(state) // '?v=1&strategy=thread-pool&tasks=20&view=lanes'
 */
export function linkFor(state: AppState, drop: readonly string[] = []): string {
  const entries: QueryEntry[] = [[VERSION_KEY, String(LINK_VERSION)]];
  for (const feature of URL_FEATURES) entries.push(...feature.entries(state));
  return `?${entries
    .filter(([key]) => !drop.includes(key))
    .map(([key, value]) => `${encode(key)}=${encode(value)}`)
    .join('&')}`;
}

/** What the URL depends on, for a cheap "did anything change?" check on every store update. */
export function linkInputs(state: AppState): readonly unknown[] {
  return URL_FEATURES.map((feature) => feature.select(state));
}
