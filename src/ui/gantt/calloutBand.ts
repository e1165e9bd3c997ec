import { pillWidth, type GanttCallout, type GanttGuess } from './marks';

/** A box in the band's coordinates: x from the plot's left edge, y from the band's top, px. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** One callout in the band: its label pill, the bracket over its time span and the leader between them. */
export interface BandCallout {
  readonly callout: GanttCallout;
  /** 0 sits right above the brackets; higher tiers stack upwards. */
  readonly tier: number;
  readonly pill: Box;
  /** The time span on the plot, clipped to it; `open*` when the span runs on past that edge (no end tick). */
  readonly bracket: {
    readonly x0: number;
    readonly x1: number;
    readonly y: number;
    readonly openLeft: boolean;
    readonly openRight: boolean;
  };
  /**
   * From the pill to the bracket: a vertical line at `x` (inside the span) from `y1` down to `y2`, and, when the
   * pill sits beside that line, a short arm at `y1` across to the pill's edge at `arm` (null: the line meets the
   * pill's bottom edge).
   */
  readonly leader: {
    readonly x: number;
    readonly y1: number;
    readonly y2: number;
    readonly arm: number | null;
  };
}

/** The learner's guess: its pill in the band and the x of its line through the rows (null when off the plot). */
export interface BandGuess {
  readonly text: string;
  readonly pill: Box;
  readonly x: number | null;
  /** Where its line starts: the pill's middle when it sits beside the line, else its bottom edge. */
  readonly lineTop: number;
  /** The arm from the line to the pill's edge, as for a callout's leader. */
  readonly arm: number | null;
}

/** The band above the rows that holds every callout and the guess, so no label ever sits on a bar. */
export interface CalloutBandLayout {
  /** Height of the band, px: 0 when there is nothing to draw. */
  readonly height: number;
  readonly callouts: readonly BandCallout[];
  readonly guess: BandGuess | null;
  /** Callouts in view that found no room (more than `maxTiers` overlapping). */
  readonly dropped: number;
}

export interface BandOptions {
  /** Text scale (presentation mode's larger labels); default 1. */
  readonly scale?: number;
  /** Most tiers of pills; default 4. */
  readonly maxTiers?: number;
}

const PILL = 16;
const TIER = 20;
/** Room under the lowest tier for the brackets, px (brackets of higher tiers sit a little higher). */
const BRACKET_ROOM = 8;
const BRACKET_STEP = 3;
const GAP = 6;
/** A leader that meets a pill's bottom keeps this far from its rounded corners, px. */
const INSET = 6;
/** Length of a leader's arm to a pill beside it, px. */
const ARM = 5;

interface Candidate {
  readonly left: number;
  readonly w: number;
  /** x of the leader's vertical line. */
  readonly lead: number;
  /** The leader meets the pill from the side (an arm) rather than from below. */
  readonly beside: boolean;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 + GAP && b0 < a1 + GAP;

/**
 * Lays out the callout band: each callout gets a bracket sized by its time span (clipped to the plot, never by
 * its text), a pill just right of the span's start (or left of its end near the right edge) on the lowest tier
 * where it overlaps no other pill and no leader, and a leader from the bracket up to the pill. The guess is
 * placed first, as a point. Pure geometry: no words are made here and nothing is measured in the DOM.
 *
 * @example layoutCalloutBand([{ kind: 'startup', time: 0, end: 2, label: 'start-up' }], null, (t) => t, 400).height // 28
 */
export function layoutCalloutBand(
  callouts: readonly GanttCallout[],
  guess: GanttGuess | null | undefined,
  x: (t: number) => number,
  width: number,
  { scale = 1, maxTiers = 4 }: BandOptions = {},
): CalloutBandLayout {
  const pillH = PILL * scale;
  const tierH = TIER * scale;
  const clampLeft = (left: number, w: number) => Math.max(0, Math.min(left, width - w));
  const items: Item[] = [];
  let dropped = 0;
  for (const callout of callouts) {
    const r0 = x(callout.time);
    const r1 = x(Math.max(callout.end, callout.time));
    if (!(r1 >= 0 && r0 <= width)) continue;
    const x0 = Math.max(0, r0);
    const w = Math.min(pillWidth(callout.label) * scale, width);
    items.push({
      callout,
      x0,
      x1: Math.min(width, Math.max(r1, x0)),
      w,
      openLeft: r0 < 0,
      openRight: r1 > width,
    });
  }
  if (guess) {
    const raw = x(guess.time);
    const off = raw > width ? 'right' : raw < 0 ? 'left' : null;
    const gx = Math.min(Math.max(raw, 0), width);
    const text = off === 'right' ? `${guess.label} →` : off === 'left' ? `← ${guess.label}` : guess.label;
    const w = Math.min(pillWidth(text) * scale, width);
    items.push({
      guess: { text, x: off === null ? gx : null },
      x0: gx,
      x1: gx,
      w,
      openLeft: false,
      openRight: false,
    });
  }
  // Latest first: pills reach right of their leader, so an earlier callout climbs over a later one's leader.
  items.sort((a, b) => b.x0 - a.x0 || b.x1 - a.x1);
  const placed: Placed[] = [];
  for (const item of items) {
    const got = place(placed, candidates(item, width, clampLeft), maxTiers);
    if (got === null) dropped++;
    else placed.push(got);
  }
  if (placed.length === 0) return { height: 0, callouts: [], guess: null, dropped };

  const tiers = Math.max(...placed.map((p) => p.tier)) + 1;
  const bracketRoom = BRACKET_ROOM + BRACKET_STEP * (tiers - 1);
  const height = Math.ceil(4 + tiers * tierH + bracketRoom);
  const pillTop = (tier: number) => height - bracketRoom - (tier + 1) * tierH + (tierH - pillH) / 2;
  const leaderOf = (p: Placed, y2: number) => {
    const top = pillTop(p.tier);
    return p.beside
      ? { x: p.lead, y1: top + pillH / 2, y2, arm: p.left > p.lead ? p.left : p.left + p.w }
      : { x: p.lead, y1: top + pillH, y2, arm: null };
  };
  const out: BandCallout[] = [];
  let guessOut: BandGuess | null = null;
  for (const p of [...placed].reverse()) {
    const pill = { x: p.left, y: pillTop(p.tier), w: p.w, h: pillH };
    const { item } = p;
    if (item.guess !== undefined) {
      const leader = leaderOf(p, height);
      guessOut = { text: item.guess.text, pill, x: item.guess.x, lineTop: leader.y1, arm: leader.arm };
      continue;
    }
    const y = height - 3 - BRACKET_STEP * p.tier;
    out.push({
      callout: item.callout,
      tier: p.tier,
      pill,
      bracket: { x0: item.x0, x1: item.x1, y, openLeft: item.openLeft, openRight: item.openRight },
      leader: leaderOf(p, y),
    });
  }
  return { height, dropped, guess: guessOut, callouts: out };
}

/** A callout or the guess, on the plot. */
type Item = { readonly x0: number; readonly x1: number; readonly w: number } & {
  readonly openLeft: boolean;
  readonly openRight: boolean;
} & (
    | { readonly callout: GanttCallout; readonly guess?: undefined }
    | { readonly guess: { readonly text: string; readonly x: number | null }; readonly callout?: undefined }
  );

interface Placed extends Candidate {
  readonly item: Item;
  readonly tier: number;
}

/**
 * Where a pill may go for an item spanning [x0, x1]: right of a leader at the span's start, left of one at its
 * end, or (when neither fits in the plot) over the span with the leader under it. A leader beside its pill
 * never runs through the pill itself, so several callouts at one instant can stack.
 */
function candidates(item: Item, width: number, clampLeft: (left: number, w: number) => number) {
  const { x0, x1, w } = item;
  const out: (Candidate & { item: Item })[] = [];
  if (x0 + ARM + w <= width) out.push({ item, left: x0 + ARM, w, lead: x0, beside: true });
  if (x1 - ARM - w >= 0) out.push({ item, left: x1 - ARM - w, w, lead: x1, beside: true });
  const left = clampLeft(x0, w);
  const mid = Math.min(Math.max((x0 + x1) / 2, left + INSET, x0), left + w - INSET, x1);
  out.push({ item, left, w, lead: mid, beside: false });
  return out;
}

/** Whether `c` on `tier` keeps clear of every placed pill and leader. */
function fits(placed: readonly Placed[], tier: number, c: Candidate): boolean {
  const right = c.left + c.w;
  for (const p of placed) {
    if (p.tier === tier && overlaps(c.left, right, p.left, p.left + p.w)) return false;
    // A leader runs down through every tier under its pill (and beside its own pill, through its own tier).
    if (p.tier >= tier + (p.beside ? 0 : 1) && p.lead > c.left - 2 && p.lead < right + 2) return false;
    if (p.tier <= tier - (c.beside ? 0 : 1) && c.lead > p.left - 2 && c.lead < p.left + p.w + 2) return false;
  }
  return true;
}

/** The lowest tier (then the first candidate) where a pill fits, or null. */
function place(
  placed: readonly Placed[],
  cands: readonly (Candidate & { item: Item })[],
  maxTiers: number,
): Placed | null {
  for (let tier = 0; tier < maxTiers; tier++)
    for (const c of cands) if (fits(placed, tier, c)) return { ...c, tier };
  return null;
}
