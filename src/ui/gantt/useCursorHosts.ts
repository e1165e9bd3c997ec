import { useLayoutEffect, useState } from 'react';
import type { CursorHosts } from './GanttMarks';
import type { TimeAxis } from './zoom';

/** The groups the playback cursor is portalled into, as ref callbacks for the plot and both axis bands. */
export interface CursorHostRefs {
  readonly plot: (el: SVGGElement | null) => void;
  readonly axisSticky: (el: SVGGElement | null) => void;
  readonly axisSvg: (el: SVGGElement | null) => void;
}

/**
 * Hands the cursor its hosts and scale once all three groups are mounted (null before), so a moving cursor
 * re-renders only itself, never the memoised chart.
 */
export function useCursorHosts(
  onCursorHosts: (hosts: CursorHosts | null) => void,
  geometry: {
    readonly axis: TimeAxis;
    readonly width: number;
    readonly height: number;
    readonly top: number;
  },
): CursorHostRefs {
  const [plot, setPlot] = useState<SVGGElement | null>(null);
  const [axisSticky, setAxisSticky] = useState<SVGGElement | null>(null);
  const [axisSvg, setAxisSvg] = useState<SVGGElement | null>(null);
  const { axis, width, height, top } = geometry;
  useLayoutEffect(() => {
    onCursorHosts(
      plot && axisSticky && axisSvg ? { axis, width, height, top, plot, axisSticky, axisSvg } : null,
    );
  }, [onCursorHosts, axis, width, height, top, plot, axisSticky, axisSvg]);
  return { plot: setPlot, axisSticky: setAxisSticky, axisSvg: setAxisSvg };
}
