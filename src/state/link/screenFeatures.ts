import type { AppTab, CompareEntry, Work } from '..';
import { TABS, entriesParam, parseCompare, parseTab, workParam, type CompareLink } from './compareLink';
import { boundedValue } from './query';
import { urlFeature } from './types';

/** `tab=compare`, `tab=scaling` or `tab=live`; the explorer is the default and is not written. */
export const tabFeature = urlFeature<AppTab>({
  keys: ['tab'],
  read: (query) => {
    const read = query.take(['tab']);
    if (!read) return undefined;
    const tab = parseTab(boundedValue(query, read));
    if (tab === null) query.reject(read, { code: 'choice', choices: TABS });
    return tab ?? undefined;
  },
  select: (state) => state.tab,
  apply: (tab, state) => state.setTab(tab),
  write: (tab) => (tab === 'explore' ? [] : [['tab', tab]]),
});

interface CompareView {
  readonly tab: AppTab;
  readonly work: Work;
  readonly entries: readonly CompareEntry[];
}
let lastView: CompareView | null = null;

/**
 * `c=sequential,process-pool_w8&cw=t100`: the comparison, written only while Compare is open. What a link gets
 * wrong is shown on the Compare screen itself, in a sentence that says which part was dropped.
 */
export const compareFeature = urlFeature<CompareView | CompareLink>({
  keys: ['c', 'cw'],
  read: (query) => {
    const c = query.take(['c']);
    const cw = query.take(['cw']);
    if (!c && !cw) return undefined;
    return parseCompare(c ? c.value.slice(0, 2000) : null, cw ? cw.value.slice(0, 500) : null);
  },
  select: (state) => {
    // One object per distinct (tab, work, entries), so the registry's identity check sees real changes only.
    const v = lastView;
    if (v && v.tab === state.tab && v.work === state.compareWork && v.entries === state.compareEntries)
      return v;
    lastView = { tab: state.tab, work: state.compareWork, entries: state.compareEntries };
    return lastView;
  },
  apply: (value, state) => {
    if ('notice' in value) state.loadCompare(value.work, value.entries, value.seed, value.notice);
  },
  write: (value) => {
    if (!('tab' in value) || value.tab !== 'compare') return [];
    const work = workParam(value.work);
    return work
      ? [
          ['c', entriesParam(value.entries)],
          ['cw', work],
        ]
      : [['c', entriesParam(value.entries)]];
  },
});
