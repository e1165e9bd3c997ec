import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback } from 'react';
import { AXIS_HEIGHT } from './geometry';
import type { GanttLayout } from './layoutTypes';

export interface RowWindow {
  /** Row indices to draw. */
  readonly indices: readonly number[];
  /** How far the rows are scrolled, px. */
  readonly scrollTop: number;
  /** Scrolls just enough for a row to show below the axis. */
  readonly scrollToRow: (row: number) => void;
}

/** Measures the scroller, falling back to the expected height where there is no layout (jsdom). */
function observeRect(fallbackHeight: number) {
  return (
    instance: Virtualizer<HTMLDivElement, Element>,
    cb: (rect: { width: number; height: number }) => void,
  ) => {
    const el = instance.scrollElement;
    if (el === null) return;
    const measure = () => cb({ width: el.clientWidth, height: el.clientHeight || fallbackHeight });
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  };
}

/**
 * Which rows to draw: all of them for small runs (so the SVG holds the whole chart for export), only those in
 * view (plus a margin) once the layout is `virtual` or `grouped`.
 */
export function useRowWindow(
  layout: GanttLayout,
  scroller: HTMLDivElement | null,
  viewportHeight: number,
  /** Where the rows start under the sticky header, px. */
  top = AXIS_HEIGHT,
): RowWindow {
  const { rowHeight } = layout;
  // A new key function when the row height changes makes the virtualizer forget its old measurements.
  const getItemKey = useCallback((i: number) => `${rowHeight}:${i}`, [rowHeight]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({
    count: layout.rows.length,
    getScrollElement: () => scroller,
    estimateSize: () => rowHeight,
    getItemKey,
    paddingStart: top,
    scrollPaddingStart: top,
    overscan: 6,
    initialRect: { width: 0, height: viewportHeight },
    observeElementRect: observeRect(viewportHeight),
  });
  const indices =
    layout.mode === 'rows'
      ? layout.rows.map((_, i) => i)
      : virtualizer.getVirtualItems().map((item) => item.index);
  return {
    indices,
    scrollTop: virtualizer.scrollOffset ?? 0,
    scrollToRow: (row) => virtualizer.scrollToIndex(row, { align: 'auto' }),
  };
}
