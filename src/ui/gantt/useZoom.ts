import { clampDomain, zoomBy, type Domain } from './zoom';

export interface ZoomActions {
  /** Twice as close, around `center` (default: the middle of the view). */
  readonly zoomIn: (center?: number) => void;
  readonly zoomOut: (center?: number) => void;
  readonly reset: () => void;
  /** Shows [start, end] with a little room either side. */
  readonly zoomTo: (start: number, end: number) => void;
  /** Shows exactly [a, b] (a brushed range), clamped to the run. */
  readonly select: (a: number, b: number) => void;
}

/** Zoom commands over the shown range; every change goes out through `onDomainChange` (null = whole run). */
export function zoomActions(
  shown: Domain,
  extent: Domain,
  onDomainChange: (d: Domain | null) => void,
): ZoomActions {
  const mid = (shown[0] + shown[1]) / 2;
  return {
    zoomIn: (center = mid) => onDomainChange(zoomBy(shown, 2, center, extent)),
    zoomOut: (center = mid) => onDomainChange(zoomBy(shown, 0.5, center, extent)),
    reset: () => onDomainChange(null),
    zoomTo: (start, end) => {
      const pad = Math.max((end - start) * 0.15, (extent[1] - extent[0]) * 1e-4);
      onDomainChange(clampDomain(start - pad, end + pad, extent));
    },
    select: (a, b) => onDomainChange(clampDomain(a, b, extent)),
  };
}
