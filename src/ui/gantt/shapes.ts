import { ROW_HEIGHT } from './geometry';
import type { ItemState, MarkerKind } from './layoutTypes';

/**
 * How each state is drawn, so that it reads without colour too: running solid, blocked hatched,
 * suspended an outlined light bar, ready a thin bar, queued a dotted line, start-up grey and hatched, a
 * done-callback striped upright (and marked by its diamond at its start).
 */
export type BarShape = 'solid' | 'hatched' | 'outline' | 'thin' | 'dotted' | 'startup' | 'striped';

export const SHAPE: Readonly<Record<ItemState, BarShape>> = {
  running: 'solid',
  blocked: 'hatched',
  suspended: 'outline',
  ready: 'thin',
  queued: 'dotted',
  startup: 'startup',
  callback: 'striped',
  done: 'solid',
  failed: 'solid',
};

/** Drawing order: quiet shapes first so running and blocked stay on top. */
export const DRAW_ORDER: readonly ItemState[] = [
  'startup',
  'queued',
  'suspended',
  'ready',
  'blocked',
  'callback',
  'running',
];

/** The vertical box of a bar inside a band starting at `top`, `height` px tall. */
export function barBox(shape: BarShape, top: number, height: number): { y: number; h: number } {
  switch (shape) {
    case 'solid':
    case 'hatched':
    case 'startup':
    case 'striped':
      return { y: top, h: height };
    case 'outline':
      return { y: top + 2, h: height - 4 };
    case 'thin': {
      const h = Math.max(4, Math.round(height * 0.36));
      return { y: top + (height - h) / 2, h };
    }
    case 'dotted':
      return { y: top + height / 2, h: 0 };
  }
}

/** How much taller than usual a row is drawn (1 normally; more when a short chart is stretched to fill a slide). */
const stretchOf = (rowHeight: number, base: number) => Math.max(1, rowHeight / base);

/**
 * A row's main band: 4 px from the top, 14 px tall in task rows, 16 px in lane rows; rows stretched to fill
 * a slide get bars stretched in proportion.
 */
export function mainBand(
  rowHeight: number,
  kind: 'task' | 'lane' | 'group',
): { top: number; height: number } {
  if (kind === 'lane') {
    const k = stretchOf(rowHeight, ROW_HEIGHT.lane);
    return { top: 4 * k, height: 16 * k };
  }
  if (kind === 'group') return { top: 2, height: rowHeight - 4 };
  const height = Math.round(14 * stretchOf(rowHeight, ROW_HEIGHT.task));
  return { top: (rowHeight - height) / 2, height };
}

/** A lane row's waiting band, under its main band. */
export function waitBand(rowHeight: number): { top: number; height: number } {
  const k = stretchOf(rowHeight, ROW_HEIGHT.lane);
  return { top: 23 * k, height: rowHeight - 26 * k };
}

/** SVG path data for a marker glyph centred at (x, cy) in a band [top, top + h]. */
export function markerPath(kind: MarkerKind, x: number, cy: number, top: number, h: number): string {
  const r = 3.5;
  switch (kind) {
    case 'done':
      return `M${x - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 'failed':
      return `M${x - 4} ${cy - 4}l8 8M${x + 4} ${cy - 4}l-8 8`;
    // Both above the bar (a resume under it would meet the next row's suspend and read as one diamond).
    case 'suspend':
      return `M${x - 3} ${top - 4}h6l-3 4Z`;
    case 'resume':
      return `M${x - 3} ${top}h6l-3 -4Z`;
    case 'callback':
      return `M${x} ${cy - 3.5}l3.5 3.5l-3.5 3.5l-3.5 -3.5Z`;
    case 'exit':
      return `M${x} ${top - 1}v${h + 2}M${x - 3} ${top - 1}h6M${x - 3} ${top + h + 1}h6`;
  }
}
