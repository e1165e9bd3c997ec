/**
 * A trace as plain text for golden files: one line per lane, one per task (its segments in order) and one per
 * event, so that a change to any picture reads as a line diff in review. Not part of the public API.
 */
import type { Params } from '../scenario';
import type { Segment, Trace } from '../types';

/** Milliseconds to at most three decimals (a microsecond), without float noise such as 2999.9999999999995. */
function ms(value: number): string {
  return String(Number(value.toFixed(3)));
}

function segmentText(segment: Segment, home: string): string {
  const where = segment.lane === home ? '' : ` @${segment.lane}`;
  return segment.start === segment.end
    ? `${segment.state} ${ms(segment.start)}${where}`
    : `${segment.state} ${ms(segment.start)}–${ms(segment.end)}${where}`;
}

/**
 * The golden text of a trace. `keys` picks the parameters to print in the header (the ones the strategy uses).
 * @example goldenText(trace, ['tasks', 'latencyMs'])
 */
export function goldenText(trace: Trace, keys: readonly (keyof Params)[]): string {
  const { scenario } = trace;
  const params = keys.map((key) => `${key}=${scenario.params[key]}`).join(' ');
  const lines = [`${trace.engine} ${scenario.strategy} seed=${scenario.seed} ${params}`, '', 'lanes'];
  for (const lane of trace.lanes) {
    const parent = lane.parent === null ? '' : ` in ${lane.parent}`;
    const startup = lane.startup ? ` startup ${ms(lane.startup.start)}–${ms(lane.startup.end)}` : '';
    lines.push(`  ${lane.id} ${lane.kind} "${lane.label}"${parent}${startup}`);
  }
  lines.push('', 'tasks');
  for (const task of trace.tasks) {
    lines.push(`  ${task.id} "${task.label}" on ${task.lane}`);
    for (const segment of task.segments) lines.push(`    ${segmentText(segment, task.lane)}`);
  }
  lines.push('', 'events');
  for (const event of trace.events) {
    const task = event.task === undefined ? '' : ` ${event.task}`;
    const time = event.end === undefined ? ms(event.time) : `${ms(event.time)}–${ms(event.end)}`;
    lines.push(`  ${time} ${event.kind} ${event.lane}${task}`);
  }
  if (trace.cancelled) lines.push('', 'cancelled');
  return lines.join('\n') + '\n';
}
