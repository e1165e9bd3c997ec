/**
 * The trace packed into typed arrays for the trip from a worker: `TraceColumns` (trace/traceColumns), whose
 * buffers are transferred, not cloned.
 */
import type { TraceColumns } from '../../trace/traceColumns';

export {
  columnBuffers as transferables,
  eventKindOf,
  STRING_SEPARATOR,
  stateOf,
} from '../../trace/traceColumns';

export type PackedTrace = TraceColumns;

/** Index of a state or event kind in its list; throws on a value the format does not know. */
export function codeOf<T>(list: readonly T[], value: T): number {
  const code = list.indexOf(value);
  if (code < 0) throw new Error(`cannot pack unknown value ${String(value)}`);
  return code;
}
