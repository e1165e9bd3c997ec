/**
 * When did a key press's new picture reach the screen? Read from a Chrome performance trace of the page, per
 * keydown on the renderer's main thread:
 * - `drawn`: the user-timing mark `awaitline:drawn` (src/app/IdleRoot.tsx), set in the commit that puts the new
 *   trace, with its figures, into the explorer's panels (the DOM holds the new picture);
 * - `painted`: the end of the first frame after that mark on the main thread (its `Commit` to the compositor, after
 *   style, layout, paint and layerize): the new picture painted. This is the budget's figure (issue 16);
 * - `presented`: that frame's presentation on the display (`AnimationFrame::Presentation`), which follows the next
 *   vsync after raster: printed for reference, it is the browser's pipeline more than the page's work.
 * All in ms from the keydown's dispatch; `cpu` is the main thread's CPU time (its tasks' thread time) in that span.
 *
 * Why a trace, not an in-page probe: a task posted from the frame's requestAnimationFrame callback (a
 * MessageChannel message, a timeout, `scheduler.postTask`) ran in headless Chromium 156 only around the next
 * frame's animation step, 0–17 ms after the frame had committed (docs/findings.md, issue 16, "the probe"), so a
 * probe timed from it counted up to one idle frame as painting.
 */

export const PAINTED_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
] as const;

/** One event of a Chrome performance trace, with the arguments the frame benches read. */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  /** Thread time (CPU), µs. */
  readonly tdur?: number;
  readonly args?: Record<string, unknown> & {
    name?: string;
    elementCount?: number;
    beginData?: { dirtyObjects?: number; totalObjects?: number };
    data?: { url?: string; type?: string };
  };
}

export interface PressTimes {
  readonly drawn: number;
  readonly painted: number;
  readonly presented: number;
  /** CPU time of the page's main thread from the keydown to `painted`: steadier than wall time on a busy machine. */
  readonly cpu: number;
  /** CPU time of the page's dedicated workers (the simulation's) in the same span. */
  readonly workerCpu: number;
}

const DRAWN_MARK = 'awaitline:drawn';

/** Per keydown in the trace (in order), its times; a press whose picture never came is left out. */
export function pressTimes(buffer: Buffer | string): PressTimes[] {
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  const threadName = new Map<string, string>();
  for (const e of traceEvents)
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const isKeydown = (e: TraceEvent) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown';
  const keydown = traceEvents.find(isKeydown);
  if (!keydown) return [];
  const main = `${keydown.pid}:${keydown.tid}`;
  if (threadName.get(main) !== 'CrRendererMain') throw new Error(`keydown on thread ${threadName.get(main)}`);
  const mine = traceEvents.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts);
  // Presentation is an async event of the page's frame, on the same thread in the traces of Chromium 156.
  const presentations = traceEvents
    .filter((e) => e.name === 'AnimationFrame::Presentation' && e.pid === keydown.pid)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const workerThreads = new Set(
    [...threadName]
      .filter(([key, name]) => key.startsWith(`${keydown.pid}:`) && name === 'DedicatedWorker thread')
      .map(([key]) => key),
  );
  const workers = traceEvents
    .filter((e) => e.ph === 'X' && workerThreads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  const keydowns = mine.filter(isKeydown);
  const out: PressTimes[] = [];
  keydowns.forEach((k, i) => {
    const next = keydowns[i + 1]?.ts ?? Infinity;
    const mark = mine.find((e) => e.name === DRAWN_MARK && e.ts >= k.ts && e.ts < next);
    if (!mark) return;
    const commit = mine.find((e) => e.name === 'Commit' && e.ph === 'X' && e.ts > mark.ts);
    if (!commit) return;
    const committed = commit.ts + (commit.dur ?? 0);
    const presented = presentations.find((t) => t >= committed) ?? NaN;
    const cpu = topLevelCpu(mine, k.ts, committed);
    const workerCpu = topLevelCpu(workers, k.ts, committed);
    out.push({
      drawn: (mark.ts - k.ts) / 1000,
      painted: (committed - k.ts) / 1000,
      presented: (presented - k.ts) / 1000,
      cpu,
      workerCpu,
    });
  });
  return out;
}

/**
 * Thread time (ms) of the top-level slices (not nested in another; tasks, input dispatch, frames) that begin in
 * [from, to) µs, of events sorted by time (nesting is per thread).
 */
function topLevelCpu(events: readonly TraceEvent[], from: number, to: number): number {
  let cpu = 0;
  const ends = new Map<number, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < from || e.ts >= to || e.ts < (ends.get(e.tid) ?? -Infinity)) continue;
    cpu += e.tdur ?? e.dur ?? 0;
    ends.set(e.tid, e.ts + (e.dur ?? 0));
  }
  return cpu / 1000;
}
