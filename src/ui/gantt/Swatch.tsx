import { useId } from 'react';
import { GanttDefs, patternIds } from './GanttDefs';
import type { ItemState, MarkerKind } from './layoutTypes';
import { barBox, markerPath, SHAPE } from './shapes';
import { StatePaths } from './StatePaths';

const W = 28;
const H = 14;

/**
 * A small picture of how a state or marker is drawn in the chart, for the legend and the tooltip. `callback` is
 * both: its striped bar with the diamond at its start.
 */
export function Swatch({ kind }: { kind: ItemState | MarkerKind | 'waiting' }) {
  const ids = patternIds(useId());
  let body;
  if (kind === 'waiting') {
    const paths = new Map<ItemState, string>([
      ['ready', `M0 ${H}V11H10V9H18V12H${W}V${H}Z`],
      ['suspended', `M0 11V6H10V3H18V7H${W}V12H18V9H10V11Z`],
    ]);
    body = <StatePaths paths={paths} ids={ids} area />;
  } else if (kind in SHAPE && kind !== 'done' && kind !== 'failed') {
    const shape = SHAPE[kind as ItemState];
    const { y, h } = barBox(shape, 2, H - 4);
    const d = shape === 'dotted' ? `M2 ${y}H${W - 2}` : `M2 ${y}h${W - 4}v${h}h${4 - W}Z`;
    body = <StatePaths paths={new Map([[kind as ItemState, d]])} ids={ids} />;
    if (kind === 'callback')
      body = (
        <>
          {body}
          <path className="gantt-mark gantt-mark--callback" d={markerPath('callback', 5, H / 2, 3, H - 6)} />
        </>
      );
  } else {
    const mark = kind as MarkerKind;
    const top = mark === 'suspend' || mark === 'resume' ? 9 : 3;
    body = (
      <path className={`gantt-mark gantt-mark--${mark}`} d={markerPath(mark, W / 2, H / 2, top, H - 6)} />
    );
  }
  return (
    <svg className="gantt-swatch" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <GanttDefs ids={ids} />
      {body}
    </svg>
  );
}
