import { memo } from 'react';
import { useLang, useT } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';
import { GANTT_LABEL_WIDTH } from './constants';
import type { PatternIds } from './GanttDefs';
import { INDENT } from './geometry';
import { GROUP_STATES } from './layoutGroups';
import type { GanttRow, ItemState, MarkerKind } from './layoutTypes';
import { barPaths, markerPaths } from './paths';
import { mainBand, waitBand } from './shapes';
import { stackPaths, stepLine } from './stackPaths';
import { StatePaths } from './StatePaths';
import { ganttWords } from './words';

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
const NO_BARS: ReadonlyMap<ItemState, string> = new Map();

export interface RowViewProps {
  readonly row: GanttRow;
  readonly index: number;
  readonly height: number;
  /** Visible time range and plot width, as primitives so the memo holds while scrolling. */
  readonly d0: number;
  readonly d1: number;
  readonly width: number;
  readonly showEvents: boolean;
  /** Scales of waiting bands (lane view) or the group size (grouped rows). */
  readonly stackMax: number;
  readonly queueMax: number;
  readonly ids: PatternIds;
}

/** Shortens a text to fit the label column (about `px` px per character). */
function fit(text: string, depth: number, px: number): string {
  const room = Math.floor((GANTT_LABEL_WIDTH - 14 - depth * INDENT) / px);
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}…`;
}

/** The waiting band of a lane row: ready and suspended stacked as areas, the queue as a dotted step line. */
function WaitBand({
  row,
  x,
  width,
  p,
}: {
  row: GanttRow;
  x: (ms: number) => number;
  width: number;
  p: RowViewProps;
}) {
  if (row.stack === null) return null;
  const band = waitBand(p.height);
  const queue = stepLine(row.stack, 'queued', x, width, band, p.queueMax);
  return (
    <>
      <StatePaths
        paths={stackPaths(row.stack, ['ready', 'suspended'], x, width, band, p.stackMax)}
        ids={p.ids}
        area
      />
      {queue !== '' && <path className="gantt-queue-line" d={queue} />}
    </>
  );
}

/** One row: label, bars as one path per state, waiting counts, end markers and event glyphs. */
export const GanttRowView = memo(function GanttRowView(p: RowViewProps) {
  const { row, height, width } = p;
  const t = useT(ganttMessages);
  const k = width / (p.d1 - p.d0 || 1);
  const x = (ms: number) => (ms - p.d0) * k;
  const main = mainBand(height, row.kind);
  const grouped =
    row.kind === 'group' && row.stack !== null
      ? stackPaths(row.stack, GROUP_STATES, x, width, main, p.stackMax)
      : null;
  const bars = row.kind === 'group' ? NO_BARS : barPaths(row.items, 'main', x, width, main);
  const marks = markerPaths(row.markers, p.showEvents ? ALL_MARKS : END_MARKS, x, width, main);
  const words = ganttWords(useLang());
  const name = words.row(row);
  const waits = words.waits(row);
  const label = fit(name, row.depth, 6.6);
  const sub = waits === null ? null : fit(waits, row.depth, 5.2);
  const labelX = 8 + row.depth * INDENT;
  return (
    <g
      transform={`translate(0 ${p.index * height})`}
      className={`gantt-row gantt-row--${row.kind}`}
      data-row={p.index}
    >
      {p.index % 2 === 1 && (
        <rect className="gantt-row__zebra" width={GANTT_LABEL_WIDTH + width} height={height} />
      )}
      <text
        className={`gantt-row__label gantt-row__label--d${Math.min(row.depth, 2)}`}
        x={labelX}
        y={row.kind === 'lane' ? main.top + main.height / 2 : height / 2}
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
      <g transform={`translate(${GANTT_LABEL_WIDTH} 0)`}>
        {row.kind === 'lane' && <WaitBand row={row} x={x} width={width} p={p} />}
        {grouped !== null && <StatePaths paths={grouped} ids={p.ids} area />}
        <StatePaths paths={bars} ids={p.ids} />
        {row.items.map((s) => {
          if (s.state !== 'startup') return null;
          const x0 = Math.max(0, x(s.start));
          const x1 = Math.min(width, x(s.end));
          return x1 - x0 > 52 ? (
            <text
              key={s.start}
              className="gantt-row__startup"
              x={(x0 + x1) / 2}
              y={main.top + main.height / 2}
            >
              {t('state.startup')}
            </text>
          ) : null;
        })}
        {[...marks].map(([kind, d]) => (
          <path key={kind} className={`gantt-mark gantt-mark--${kind}`} d={d} />
        ))}
      </g>
    </g>
  );
});
