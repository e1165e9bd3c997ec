import { useRef, useState, type PointerEvent } from 'react';
import { GANTT_LABEL_WIDTH } from './constants';
import { AXIS_HEIGHT } from './geometry';
import type { GanttLayout } from './layoutTypes';
import { itemAt, type Focus } from './navigation';
import { mainBand } from './shapes';
import type { TimeAxis } from './zoom';

export interface Hover extends Focus {
  /** Pointer x in the frame, px. */
  readonly x: number;
}

export interface PointerContext {
  readonly layout: GanttLayout;
  readonly axis: TimeAxis;
  readonly plotWidth: number;
  /** Where the rows start, px (under the axis and the callout band). */
  readonly top?: number;
  readonly scrollTop: number;
  readonly onSelect: (a: number, b: number) => void;
  readonly onPick: (focus: Focus) => void;
}

/** A drag shorter than this is a click, px. */
const CLICK = 4;

/** Hover (which item is under the pointer) and the brush: drag across the plot to zoom into that range. */
export function useGanttPointer(ctx: PointerContext) {
  const [hover, setHover] = useState<(Hover & { layout: GanttLayout }) | null>(null);
  const [brush, setBrush] = useState<{ x0: number; x1: number } | null>(null);
  const press = useRef<{ x0: number; id: number } | null>(null);
  const down = useRef(false);
  const { layout, axis, plotWidth } = ctx;

  const locate = (e: PointerEvent<HTMLElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left - GANTT_LABEL_WIDTH;
    const top = ctx.top ?? AXIS_HEIGHT;
    const y = e.clientY - rect.top - top + ctx.scrollTop;
    const rowIndex = Math.floor(y / layout.rowHeight);
    const row = e.clientY - rect.top < top ? undefined : layout.rows[rowIndex];
    if (row === undefined || x < 0 || x > plotWidth) return { x, hit: null };
    const inRow = y - rowIndex * layout.rowHeight;
    const band =
      row.kind === 'lane' ? (inRow < mainBand(layout.rowHeight, 'lane').height + 5 ? 'main' : 'wait') : null;
    const [d0, d1] = axis.scale.domain();
    const item = itemAt(row, axis.scale.invert(x), (4 * (d1 - d0)) / plotWidth, band);
    return { x, hit: item < 0 ? null : { row: rowIndex, item } };
  };
  const clampX = (x: number) => Math.min(Math.max(x, 0), plotWidth);

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    down.current = true;
    const { x } = locate(e);
    if (x < 0 || x > plotWidth) return;
    press.current = { x0: x, id: e.pointerId };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const { x, hit } = locate(e);
    const p = press.current;
    if (p !== null && Math.abs(x - p.x0) > CLICK) {
      setBrush({ x0: p.x0, x1: clampX(x) });
      setHover(null);
      return;
    }
    if (p !== null) return;
    const same =
      hover !== null &&
      hit !== null &&
      hover.row === hit.row &&
      hover.item === hit.item &&
      hover.layout === layout;
    if (hit === null) {
      if (hover !== null) setHover(null);
    } else if (!same || Math.abs(hover.x - x) > 2) setHover({ ...hit, x: x + GANTT_LABEL_WIDTH, layout });
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    const p = press.current;
    press.current = null;
    down.current = false;
    if (p === null) return;
    const { x, hit } = locate(e);
    setBrush(null);
    if (Math.abs(x - p.x0) > CLICK) ctx.onSelect(axis.scale.invert(p.x0), axis.scale.invert(clampX(x)));
    else if (hit !== null) ctx.onPick(hit);
  };
  const cancelBrush = () => {
    const had = press.current !== null;
    press.current = null;
    down.current = false;
    setBrush(null);
    return had;
  };
  return {
    hover: hover !== null && hover.layout === layout ? hover : null,
    brush,
    pressing: () => down.current,
    cancelBrush,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerLeave: () => setHover(null),
      onPointerCancel: cancelBrush,
    },
  };
}
