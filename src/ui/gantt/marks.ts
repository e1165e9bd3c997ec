/** A labelled marker drawn on the chart (a callout), by time. */
export interface GanttCallout {
  /** A stable key, e.g. the callout's kind; also set as `data-kind` on the marker. */
  readonly kind: string;
  readonly time: number;
  readonly label: string;
}

/** A time marked with a labelled dashed line, e.g. the learner's guess of the makespan. */
export interface GanttGuess {
  readonly time: number;
  readonly label: string;
}

export interface PlacedCallout {
  readonly callout: GanttCallout;
  /** x of the marker line in the plot, px. */
  readonly x: number;
  /** Left edge of the label pill, px, and its width. */
  readonly left: number;
  readonly width: number;
  readonly tier: number;
}

const CHAR = 6.2;
/** CJK characters and full-width punctuation are about square at 11 px. */
const WIDE_CHAR = 11.5;
const PAD = 14;
const GAP = 6;

/** Width of a label pill for `text` at 11 px, px (Chinese text counts as wide). */
export function pillWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? WIDE_CHAR : CHAR;
  return Math.ceil(w + PAD);
}

/**
 * Places callout labels over a plot `width` px wide: each pill starts at its marker (or ends at it near the right
 * edge), on the first of `tiers` rows where it overlaps no other pill; a callout that fits nowhere, or whose time
 * is off the plot, is left out. Pure, so the chart draws at most a handful of non-overlapping labels.
 */
export function placeCallouts(
  callouts: readonly GanttCallout[],
  x: (t: number) => number,
  width: number,
  tiers = 2,
): PlacedCallout[] {
  const ends: number[] = Array.from({ length: tiers }, () => -Infinity);
  const out: PlacedCallout[] = [];
  const sorted = [...callouts].sort((a, b) => a.time - b.time);
  for (const callout of sorted) {
    const at = x(callout.time);
    if (!(at >= 0 && at <= width)) continue;
    const w = Math.min(pillWidth(callout.label), width);
    const left = Math.max(0, at + w > width ? at - w : at);
    const tier = ends.findIndex((end) => left >= end + GAP);
    if (tier < 0) continue;
    ends[tier] = left + w;
    out.push({ callout, x: at, left, width: w, tier });
  }
  return out;
}
