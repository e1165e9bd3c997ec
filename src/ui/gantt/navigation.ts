import type { GanttItem, GanttRow } from './layoutTypes';
import type { Domain } from './zoom';

/** The item under keyboard focus: a row index and an item index in that row. */
export interface Focus {
  readonly row: number;
  readonly item: number;
}

export const NAV_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
] as const;
export type NavKey = (typeof NAV_KEYS)[number];

export function isNavKey(key: string): key is NavKey {
  return (NAV_KEYS as readonly string[]).includes(key);
}

/** The item of a row closest in time to `t` (one containing it if any), or -1 for an empty row. */
export function nearestItem(items: readonly GanttItem[], t: number): number {
  if (items.length === 0) return -1;
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].start <= t) lo = mid;
    else hi = mid - 1;
  }
  let best = lo;
  let bestGap = Infinity;
  // Items may overlap (lane rows): look a few back for one that still contains t.
  for (let i = Math.max(0, lo - 8); i <= Math.min(items.length - 1, lo + 1); i++) {
    const gap = t < items[i].start ? items[i].start - t : t > items[i].end ? t - items[i].end : 0;
    if (gap < bestGap) [best, bestGap] = [i, gap];
  }
  return best;
}

/** Where focus lands when the chart gains it: the first item in view, in the first row from `fromRow` that has one. */
export function firstFocus(rows: readonly GanttRow[], domain: Domain, fromRow = 0): Focus | null {
  const start = Math.min(Math.max(0, fromRow), Math.max(0, rows.length - 1));
  for (let k = 0; k < rows.length; k++) {
    const r = (start + k) % rows.length;
    const items = rows[r].items;
    if (items.length === 0) continue;
    const i = items.findIndex((it) => it.end >= domain[0] && it.start <= domain[1]);
    return { row: r, item: i >= 0 ? i : nearestItem(items, domain[0]) };
  }
  return null;
}

/**
 * Moves focus for an arrow / Home / End / Page key: left and right step through a row's items, up and down
 * go to the nearest non-empty row and the item nearest in time, Page keys jump ten rows.
 */
export function moveFocus(rows: readonly GanttRow[], focus: Focus, key: NavKey): Focus {
  const items = rows[focus.row].items;
  switch (key) {
    case 'ArrowLeft':
      return { ...focus, item: Math.max(0, focus.item - 1) };
    case 'ArrowRight':
      return { ...focus, item: Math.min(items.length - 1, focus.item + 1) };
    case 'Home':
      return { ...focus, item: 0 };
    case 'End':
      return { ...focus, item: items.length - 1 };
    case 'ArrowUp':
    case 'ArrowDown':
    case 'PageUp':
    case 'PageDown': {
      const dir = key === 'ArrowUp' || key === 'PageUp' ? -1 : 1;
      const step = key.startsWith('Page') ? 10 : 1;
      const at = items[focus.item];
      const t = (at.start + at.end) / 2;
      const target = Math.min(rows.length - 1, Math.max(0, focus.row + dir * step));
      let r = target;
      while (r >= 0 && r < rows.length && rows[r].items.length === 0) r += dir;
      if (r < 0 || r >= rows.length)
        for (r = target; r !== focus.row && rows[r].items.length === 0;) r -= dir;
      return { row: r, item: r === focus.row ? focus.item : nearestItem(rows[r].items, t) };
    }
  }
}

/**
 * The item under the pointer at time `t` in `band` (any band when null): one containing t, else the
 * nearest within `tolerance` ms; -1 when none. Shorter items win ties, so a brief run shows over a long wait.
 */
export function itemAt(row: GanttRow, t: number, tolerance: number, band: GanttItem['band'] | null): number {
  let best = -1;
  let bestGap = Infinity;
  row.items.forEach((it, i) => {
    if (band !== null && it.band !== band) return;
    const gap = t < it.start ? it.start - t : t > it.end ? t - it.end : 0;
    if (gap > tolerance) return;
    const shorter =
      best >= 0 && gap === bestGap && it.end - it.start < row.items[best].end - row.items[best].start;
    if (gap < bestGap || shorter) [best, bestGap] = [i, gap];
  });
  return best;
}
