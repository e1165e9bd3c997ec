import { useMemo, useState } from 'react';
import { selectCursor, selectDomain, useAppStore } from '../../state';
import type { Trace } from '../../trace/types';
import { GANTT_LABEL_WIDTH, GANTT_RIGHT_PAD } from '../gantt/constants';
import { traceExtent } from '../gantt/traceInfo';
import { timeAxis } from '../gantt/zoom';
import { useElementWidth } from '../gantt/useElementWidth';

/**
 * The playback cursor over the companion charts: a thin line laid over them on the same time axis, so the
 * charts themselves never re-render while the cursor moves.
 */
export function CompanionCursor({ trace }: { readonly trace: Trace }) {
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const width = useElementWidth(frame, 0);
  const cursor = useAppStore(selectCursor);
  const domain = useAppStore(selectDomain);
  const plot = Math.max(1, width - GANTT_LABEL_WIDTH - GANTT_RIGHT_PAD);
  const scale = useMemo(() => timeAxis(domain, traceExtent(trace), plot).scale, [domain, trace, plot]);
  let x: number | null = null;
  if (cursor !== null && width > 0) {
    const at = scale(cursor);
    if (at >= -0.5 && at <= plot + 0.5) x = GANTT_LABEL_WIDTH + Math.min(Math.max(at, 0), plot);
  }
  return (
    <div ref={setFrame} className="companion-cursor" aria-hidden="true">
      {x !== null && (
        <div className="companion-cursor__line" style={{ transform: `translateX(${x - 1}px)` }} />
      )}
    </div>
  );
}
