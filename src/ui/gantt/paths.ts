import type { Band, GanttItem, GanttMarker, ItemState, MarkerKind } from './layoutTypes';
import { barBox, markerPath, SHAPE } from './shapes';

/** Maps a time to plot x, px. */
export type XScale = (ms: number) => number;

/** Running, blocked and callback spans stay at least this wide so brief bursts of work remain visible. */
const MIN_SOLID = 1;
const HOLDS_THREAD: ReadonlySet<ItemState> = new Set(['running', 'blocked', 'callback']);

/** Tells bars of different tasks apart: the name for a named item, else its kind. */
const whoKey = ({ who }: GanttItem) => (who.kind === 'named' ? who.name : who.kind);

/**
 * One SVG path per state for the items of a band, clipped to the plot. Bars that touch in pixel space
 * merge, so a lane with 20,000 short runs costs a path no longer than the plot is wide.
 */
export function barPaths(
  items: readonly GanttItem[],
  band: Band,
  x: XScale,
  width: number,
  box: { top: number; height: number },
): Map<ItemState, string> {
  const out = new Map<ItemState, string>();
  const open = new Map<ItemState, { x0: number; x1: number; who: string }>();
  const flush = (state: ItemState, { x0, x1 }: { x0: number; x1: number }) => {
    const shape = SHAPE[state];
    const { y, h } = barBox(shape, box.top, box.height);
    const d =
      shape === 'dotted' ? `M${r(x0)} ${y}H${r(x1)}` : `M${r(x0)} ${y}h${r(x1 - x0)}v${h}h${r(x0 - x1)}Z`;
    out.set(state, (out.get(state) ?? '') + d);
  };
  for (const item of items) {
    if (item.band !== band) continue;
    let x0 = x(item.start);
    let x1 = x(item.end);
    if (x1 < -1 || x0 > width + 1) continue;
    x0 = Math.max(x0, -1);
    x1 = Math.min(x1, width + 1);
    if (HOLDS_THREAD.has(item.state) && x1 - x0 < MIN_SOLID) x1 = x0 + MIN_SOLID;
    const run = open.get(item.state);
    const touching = run !== undefined && x0 <= run.x1 + 0.5;
    // Bars of different tasks touching on a lane keep a 1 px gap while both are wide enough to tell apart.
    const distinct = touching && whoKey(item) !== run.who && x1 - x0 >= 3 && run.x1 - run.x0 >= 3;
    if (touching && !distinct) {
      run.x1 = Math.max(run.x1, x1);
      run.who = whoKey(item);
      continue;
    }
    if (run !== undefined) flush(item.state, distinct ? { x0: run.x0, x1: Math.min(run.x1, x0) - 0.5 } : run);
    open.set(item.state, { x0: distinct ? Math.max(x0, run.x1) + 0.5 : x0, x1, who: whoKey(item) });
  }
  open.forEach((run, state) => flush(state, run));
  return out;
}

/** One path per marker kind; markers closer than 3 px to the previous one of their kind are dropped. */
export function markerPaths(
  markers: readonly GanttMarker[],
  kinds: ReadonlySet<MarkerKind>,
  x: XScale,
  width: number,
  box: { top: number; height: number },
): Map<MarkerKind, string> {
  const out = new Map<MarkerKind, string>();
  const last = new Map<MarkerKind, number>();
  const cy = box.top + box.height / 2;
  // Markers are sorted by time: skip those left of the view with a binary search, stop right of it.
  let lo = 0;
  for (let hi = markers.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (x(markers[mid].time) < -4) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < markers.length; i++) {
    const m = markers[i];
    const px = x(m.time);
    if (px > width + 4) break;
    if (!kinds.has(m.kind)) continue;
    if (px - (last.get(m.kind) ?? -Infinity) < 3) continue;
    last.set(m.kind, px);
    out.set(m.kind, (out.get(m.kind) ?? '') + markerPath(m.kind, r(px), cy, box.top, box.height));
  }
  return out;
}

/** Rounds to 0.1 px: shorter path strings, no visible change. */
export function r(v: number): number {
  return Math.round(v * 10) / 10;
}
