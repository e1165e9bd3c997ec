import { memo } from 'react';
import { GANTT_LABEL_WIDTH } from './constants';
import { INDENT } from './geometry';
import type { GanttRow } from './layoutTypes';
import { mainBand } from './shapes';

export interface RowViewProps {
  readonly index: number;
  readonly height: number;
  readonly kind: GanttRow['kind'];
  readonly depth: number;
  /** The row's name and a lane's second line (null: none), in the reader's language. */
  readonly name: string;
  readonly waits: string | null;
  /** The plot's width, px (the zebra stripe spans it). */
  readonly width: number;
}

/** Shortens a text to fit the label column (about `px` px per character). */
function fit(text: string, depth: number, px: number): string {
  const room = Math.floor((GANTT_LABEL_WIDTH - 14 - depth * INDENT) / px);
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}…`;
}

/**
 * One row's frame: its zebra stripe and its labels. Its props are plain values that a slider step leaves as they
 * are, so a new trace re-renders none of the rows; the bars of all rows are drawn by {@link GanttBars}.
 */
export const GanttRowView = memo(function GanttRowView(p: RowViewProps) {
  const { height, name, waits, depth, kind } = p;
  const main = mainBand(height, kind);
  const label = fit(name, depth, 6.6);
  const sub = waits === null ? null : fit(waits, depth, 5.2);
  const labelX = 8 + depth * INDENT;
  return (
    <g
      transform={`translate(0 ${p.index * height})`}
      className={`gantt-row gantt-row--${kind}`}
      data-row={p.index}
    >
      {p.index % 2 === 1 && (
        <rect className="gantt-row__zebra" width={GANTT_LABEL_WIDTH + p.width} height={height} />
      )}
      <text
        className={`gantt-row__label gantt-row__label--d${Math.min(depth, 2)}`}
        x={labelX}
        y={kind === 'lane' ? main.top + main.height / 2 : height / 2}
      >
        {label}
        {label !== name && <title>{name}</title>}
      </text>
      {sub !== null && (
        <text className="gantt-row__sublabel" x={labelX} y={height - 7}>
          {sub}
          {sub !== waits && <title>{waits}</title>}
        </text>
      )}
    </g>
  );
});
