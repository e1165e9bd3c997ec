/** A labelled span drawn in the chart's callout band (a callout): a bracket from `time` to `end`, and its words. */
export interface GanttCallout {
  /** A stable key, e.g. the callout's kind; also set as `data-kind` on the marker. */
  readonly kind: string;
  readonly time: number;
  /** End of the span it describes, ms (`time` for an instant). */
  readonly end: number;
  readonly label: string;
}

/** A time marked with a labelled dashed line, e.g. the learner's guess of the makespan. */
export interface GanttGuess {
  readonly time: number;
  readonly label: string;
}

const CHAR = 6.2;
/** CJK characters and full-width punctuation are about square at 11 px. */
const WIDE_CHAR = 11.5;
const PAD = 14;

/** Width of a label pill for `text` at 11 px, px (Chinese text counts as wide). */
export function pillWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? WIDE_CHAR : CHAR;
  return Math.ceil(w + PAD);
}
