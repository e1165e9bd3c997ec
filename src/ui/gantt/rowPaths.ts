import { GROUP_STATES } from './layoutGroups';
import type { GanttRow, ItemState, MarkerKind } from './layoutTypes';
import { barPaths, markerPaths, type XScale } from './paths';
import { mainBand, waitBand } from './shapes';
import { stackPaths, stepLine } from './stackPaths';

/** Always drawn: ends, and callbacks (work on the loop, often too short for a bar to show). */
const END_MARKS: ReadonlySet<MarkerKind> = new Set(['done', 'failed', 'exit', 'callback']);
const ALL_MARKS: ReadonlySet<MarkerKind> = new Set([
  'done',
  'failed',
  'exit',
  'suspend',
  'resume',
  'callback',
]);

/**
 * States whose pattern is rotated (hatch, start-up) or dotted on a 4 px grid (a grouped row's queued area): a
 * pattern in user space keeps its phase only when drawn in its row's own coordinates, so these overlays stay one
 * path per row. The callback stripes are upright and the same at any height: they go over the shared path.
 */
export const ROW_PHASED = {
  bars: new Set<ItemState>(['blocked', 'startup']),
  areas: new Set<ItemState>(['blocked', 'startup', 'queued']),
} as const;

/** What one row draws, for the rows' shared paths (`dy` = the row's top) and its own overlays (row coordinates). */
export interface RowPaths {
  /** A lane's waiting band: ready and suspended areas, and the queue's step line. */
  readonly waits: ReadonlyMap<ItemState, string>;
  readonly queue: string;
  /** A grouped row's stacked states. */
  readonly grouped: ReadonlyMap<ItemState, string>;
  readonly bars: ReadonlyMap<ItemState, string>;
  readonly marks: ReadonlyMap<MarkerKind, string>;
  /** Bars and grouped areas of {@link ROW_PHASED} states, in the row's own coordinates (for their patterns). */
  readonly phasedBars: ReadonlyMap<ItemState, string>;
  readonly phasedGrouped: ReadonlyMap<ItemState, string>;
  /** Where start-up bars wide enough to be named put their word. */
  readonly startups: readonly { readonly x: number; readonly y: number }[];
}

export interface RowScale {
  readonly height: number;
  readonly d0: number;
  readonly d1: number;
  readonly width: number;
  readonly showEvents: boolean;
  readonly stackMax: number;
  readonly queueMax: number;
}

const NONE: ReadonlyMap<never, string> = new Map<never, string>();

const only = <K>(paths: ReadonlyMap<K, string>, keep: ReadonlySet<K>): ReadonlyMap<K, string> => {
  let out: Map<K, string> | null = null;
  for (const [k, d] of paths) if (keep.has(k)) (out ??= new Map()).set(k, d);
  return out ?? NONE;
};

const down = (box: { top: number; height: number }, dy: number) => ({
  top: box.top + dy,
  height: box.height,
});

/** The paths of row `index` of a chart whose rows are `scale.height` px apart. */
export function rowPaths(row: GanttRow, index: number, scale: RowScale): RowPaths {
  const { height, width } = scale;
  const dy = index * height;
  const k = width / (scale.d1 - scale.d0 || 1);
  const x: XScale = (ms) => (ms - scale.d0) * k;
  const main = mainBand(height, row.kind);
  let waits: ReadonlyMap<ItemState, string> = NONE;
  let queue = '';
  if (row.kind === 'lane' && row.stack !== null) {
    const band = down(waitBand(height), dy);
    waits = stackPaths(row.stack, ['ready', 'suspended'], x, width, band, scale.stackMax);
    queue = stepLine(row.stack, 'queued', x, width, band, scale.queueMax);
  }
  let grouped: ReadonlyMap<ItemState, string> = NONE;
  let phasedGrouped: ReadonlyMap<ItemState, string> = NONE;
  if (row.kind === 'group' && row.stack !== null) {
    grouped = stackPaths(row.stack, GROUP_STATES, x, width, down(main, dy), scale.stackMax);
    if ([...grouped.keys()].some((s) => ROW_PHASED.areas.has(s)))
      phasedGrouped = only(
        stackPaths(row.stack, GROUP_STATES, x, width, main, scale.stackMax),
        ROW_PHASED.areas,
      );
  }
  const bars = row.kind === 'group' ? NONE : barPaths(row.items, 'main', x, width, down(main, dy));
  const phasedBars = [...bars.keys()].some((s) => ROW_PHASED.bars.has(s))
    ? only(barPaths(row.items, 'main', x, width, main), ROW_PHASED.bars)
    : NONE;
  const marks = markerPaths(row.markers, scale.showEvents ? ALL_MARKS : END_MARKS, x, width, down(main, dy));
  const startups: { x: number; y: number }[] = [];
  for (const s of row.items) {
    if (s.state !== 'startup') continue;
    const x0 = Math.max(0, x(s.start));
    const x1 = Math.min(width, x(s.end));
    if (x1 - x0 > 52) startups.push({ x: (x0 + x1) / 2, y: dy + main.top + main.height / 2 });
  }
  return { waits, queue, grouped, bars, marks, phasedBars, phasedGrouped, startups };
}

/** Joins the rows' paths of each key, in row order. */
export function joinPaths<K>(maps: readonly ReadonlyMap<K, string>[]): Map<K, string> {
  const out = new Map<K, string>();
  for (const m of maps) for (const [k, d] of m) out.set(k, (out.get(k) ?? '') + d);
  return out;
}
