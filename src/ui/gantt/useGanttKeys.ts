import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { GanttItem, GanttLayout } from './layoutTypes';
import { firstFocus, isNavKey, moveFocus, type Focus } from './navigation';
import type { ZoomActions } from './useZoom';
import { panToShow, type Domain } from './zoom';

export interface KeyboardFocus {
  /** The focused item, for the current layout only; null before the chart is entered or after Escape. */
  readonly focus: Focus | null;
  readonly item: GanttItem | null;
  /** Whether the chart itself has keyboard focus (the focus tooltip shows only then). */
  readonly active: boolean;
  readonly setFocus: (focus: Focus | null) => void;
  readonly onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  readonly onFocus: (e: FocusEvent<HTMLElement>) => void;
  readonly onBlur: () => void;
}

export interface KeyContext {
  readonly layout: GanttLayout;
  /** The range on screen, and whether it is a zoom (not the whole run). */
  readonly shown: Domain;
  readonly zoomed: boolean;
  readonly zoom: ZoomActions;
  readonly scrollToRow: (row: number) => void;
  /** The first row fully in view (focus starts there). */
  readonly topRow: number;
  readonly onDomainChange: (d: Domain | null) => void;
  /** True while a pointer press is focusing the chart: then focus goes where the pointer says, not to the first item. */
  readonly pressing: () => boolean;
  readonly cancelBrush: () => boolean;
}

/**
 * Keyboard for the chart: arrows / Home / End / Page keys move between items and rows, Enter zooms to the
 * focused item, Escape cancels a drag or leaves the item, + / - zoom around it, 0 shows the whole run.
 */
export function useGanttKeys(ctx: KeyContext): KeyboardFocus {
  const { layout } = ctx;
  const [state, setState] = useState<{ layout: GanttLayout; focus: Focus } | null>(null);
  const [active, setActive] = useState(false);
  const focus = state !== null && state.layout === layout ? state.focus : null;
  const item = focus === null ? null : (layout.rows[focus.row]?.items[focus.item] ?? null);
  const setFocus = (f: Focus | null) => setState(f === null ? null : { layout, focus: f });

  const centre = () =>
    item === null ? undefined : Math.min(Math.max((item.start + item.end) / 2, ctx.shown[0]), ctx.shown[1]);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key;
    if (isNavKey(key)) {
      const from = focus ?? firstFocus(layout.rows, ctx.shown, ctx.topRow);
      if (from === null) return;
      e.preventDefault();
      const next = focus === null ? from : moveFocus(layout.rows, focus, key);
      setFocus(next);
      ctx.scrollToRow(next.row);
      const it = layout.rows[next.row].items[next.item];
      if (ctx.zoomed) {
        const moved = panToShow(ctx.shown, it.start, it.end, layout.extent);
        if (moved !== ctx.shown) ctx.onDomainChange(moved);
      }
      return;
    }
    const actions: Record<string, (() => void) | undefined> = {
      '+': () => ctx.zoom.zoomIn(centre()),
      '=': () => ctx.zoom.zoomIn(centre()),
      '-': () => ctx.zoom.zoomOut(centre()),
      _: () => ctx.zoom.zoomOut(centre()),
      '0': ctx.zoom.reset,
      Enter: item === null ? undefined : () => ctx.zoom.zoomTo(item.start, item.end),
      Escape: () => {
        if (!ctx.cancelBrush()) setFocus(null);
      },
    };
    const act = actions[key];
    if (act === undefined) return;
    e.preventDefault();
    act();
  };
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return;
    setActive(true);
    if (focus === null && !ctx.pressing()) setFocus(firstFocus(layout.rows, ctx.shown, ctx.topRow));
  };
  return { focus, item, active, setFocus, onKeyDown, onFocus, onBlur: () => setActive(false) };
}
