/**
 * The comparison in the link: `?tab=compare&c=sequential,process-pool_w8&cw=t100_l3000`. `c` lists the
 * entries (strategy id, then only the pool values that differ from its defaults), `cw` the shared work (only
 * what differs from the tutorial's). Letters, digits, `_`, `.` and `,` only, so nothing is percent-encoded.
 */
import type { JitterKind, StrategyId } from '../../trace/scenario';
import {
  COMPARABLE,
  DEFAULT_COMPARE,
  MAX_ENTRIES,
  MIN_ENTRIES,
  checkValue,
  defaultPool,
  type AppTab,
  type CompareLinkProblem,
  type CompareEntry,
  type Pool,
  type PoolKey,
  type Work,
  type WorkKey,
} from '..';
import { resolveStrategy } from './strategyName';

const POOL_CODES: Readonly<Record<PoolKey, string>> = {
  workers: 'w',
  concurrency: 'k',
  connectorLimit: 'l',
  chunksize: 'c',
  cores: 'n',
  startupMs: 's',
};
const WORK_CODES: Readonly<Record<Exclude<WorkKey, 'jitterKind'>, string>> = {
  tasks: 't',
  latencyMs: 'l',
  jitterMs: 'j',
  overheadMs: 'o',
  cpuMs: 'u',
};

export interface CompareLink {
  readonly work: Work;
  readonly entries: readonly { readonly strategy: StrategyId; readonly pool: Pool }[];
  readonly seed: number;
  /** What could not be used, for the user; null when the link was clean. */
  readonly notice: readonly CompareLinkProblem[] | null;
}

export const TABS: readonly AppTab[] = ['explore', 'compare', 'scaling', 'live'];

/** A tab name from a link (`compare`, `scaling`); null for anything else. */
export function parseTab(text: string | null): AppTab | null {
  const tab = text?.trim().toLowerCase();
  return TABS.find((t) => t === tab) ?? null;
}

/** The comparison `c` and `cw` describe. Never throws: bad parts are dropped and listed in `notice`. */
export function parseCompare(c: string | null, cw: string | null): CompareLink {
  const problems: CompareLinkProblem[] = [];
  const entries: { strategy: StrategyId; pool: Pool }[] = [];
  for (const text of (c ?? '').split(',').filter((t) => t.trim() !== '')) {
    const [name, ...rest] = text.trim().split('_');
    const strategy = resolveStrategy(name);
    if (!strategy || !COMPARABLE.includes(strategy)) {
      problems.push({ code: 'unknown-strategy', name });
      continue;
    }
    let pool = defaultPool(strategy);
    for (const part of rest) {
      const pair = codePair(part);
      const key = pair && (Object.keys(POOL_CODES) as PoolKey[]).find((k) => POOL_CODES[k] === pair[0]);
      if (pair && key && checkValue(key, pair[1]) === null) pool = { ...pool, [key]: pair[1] };
      else problems.push({ code: 'bad-setting', part, strategy });
    }
    entries.push({ strategy, pool });
  }
  let work: Work = DEFAULT_COMPARE.work;
  for (const part of (cw ?? '').split('_').filter((t) => t !== '')) {
    if (part === 'glog' || part === 'guni') {
      work = { ...work, jitterKind: (part === 'glog' ? 'lognormal' : 'uniform') as JitterKind };
      continue;
    }
    const pair = codePair(part);
    const key =
      pair && (Object.keys(WORK_CODES) as (keyof typeof WORK_CODES)[]).find((k) => WORK_CODES[k] === pair[0]);
    if (pair && key && checkValue(key, pair[1]) === null) work = { ...work, [key]: pair[1] };
    else problems.push({ code: 'bad-work', part });
  }
  if (entries.length > MAX_ENTRIES)
    problems.push({ code: 'too-many', max: MAX_ENTRIES, count: entries.length });
  let kept = entries.slice(0, MAX_ENTRIES);
  if (c !== null && kept.length < MIN_ENTRIES) {
    problems.push({ code: 'too-few', min: MIN_ENTRIES });
    kept = DEFAULT_COMPARE.strategies.map((strategy) => ({ strategy, pool: defaultPool(strategy) }));
  }
  if (c === null)
    kept = DEFAULT_COMPARE.strategies.map((strategy) => ({ strategy, pool: defaultPool(strategy) }));
  return { work, entries: kept, seed: DEFAULT_COMPARE.seed, notice: problems.length ? problems : null };
}

/** `w8` → ['w', 8]; null when the part is not one letter followed by a number. */
function codePair(part: string): [string, number] | null {
  const m = /^([a-z])(\d+(?:\.\d+)?)$/.exec(part.trim());
  return m ? [m[1], Number(m[2])] : null;
}

/** `c` for a list of entries: `sequential,process-pool_w8`. */
export function entriesParam(entries: readonly Pick<CompareEntry, 'strategy' | 'pool'>[]): string {
  return entries
    .map((e) => {
      const defaults = defaultPool(e.strategy);
      const codes = (Object.keys(POOL_CODES) as PoolKey[])
        .filter((k) => e.pool[k] !== defaults[k])
        .map((k) => `${POOL_CODES[k]}${e.pool[k]}`);
      return [e.strategy, ...codes].join('_');
    })
    .join(',');
}

/** `cw` for the shared work; empty when it is the tutorial's. */
export function workParam(work: Work): string {
  const d = DEFAULT_COMPARE.work;
  const parts = (Object.keys(WORK_CODES) as (keyof typeof WORK_CODES)[])
    .filter((k) => work[k] !== d[k])
    .map((k) => `${WORK_CODES[k]}${work[k]}`);
  if (work.jitterKind !== d.jitterKind) parts.push(work.jitterKind === 'lognormal' ? 'glog' : 'guni');
  return parts.join('_');
}
