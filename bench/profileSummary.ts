/** Summarises a V8 CPU profile (CDP `Profiler.stop`) by self time: where the page's thread spent its time. */

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** Which part of the build a function comes from: the file name without Vite's content hash. */
function source(url: string): string {
  if (!url) return '';
  const file = url.split('/').pop() ?? url;
  return file.replace(/-[\w-]{8}\.js$/, '.js');
}

/** Groups by library or app folder, from the function's chunk and name (the profile build is not minified). */
function area(frame: CallFrame): string {
  const name = frame.functionName;
  if (name.startsWith('(')) return name; // (garbage collector), (program), (idle)
  const file = source(frame.url);
  if (!file) return '(native)';
  return file;
}

const ms = (us: number) => (us / 1000).toFixed(1).padStart(8);

/**
 * A table of the functions with the most self time (idle excluded), and the same time by chunk, as text.
 * @example console.log(summariseProfile(profile))
 */
export function summariseProfile(profile: CpuProfile, top = 15): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample's duration is the delta to the next sample.
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** The innermost React component (a capitalised function name) on the sample's stack, if any. */
  const componentOf = (id: number): string | null => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? '';
      if (/^[A-Z][A-Za-z0-9]+$/.test(name)) return name;
    }
    return null;
  };
  const byComponent = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const frame = node.callFrame;
    if (frame.functionName === '(idle)') continue;
    busy += us;
    const key = `${frame.functionName || '(anonymous)'}  ${source(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const component = componentOf(id) ?? `(outside components) ${area(frame)}`;
    byComponent.set(component, (byComponent.get(component) ?? 0) + us);
    const a = area(frame);
    byArea.set(a, (byArea.get(a) ?? 0) + us);
  }
  const rows = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${ms(us)} ms ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${k}`);
  return [
    `  busy (not idle) ${(busy / 1000).toFixed(1)} ms of ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms profiled`,
    '  by chunk:',
    ...rows(byArea, 8),
    '  by innermost React component on the stack (its render, hooks and what they call):',
    ...rows(byComponent, 10),
    `  top ${top} functions by self time:`,
    ...rows(byFunction, top),
  ].join('\n');
}
