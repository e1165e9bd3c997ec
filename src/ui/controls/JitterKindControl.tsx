import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { JitterKind } from '../../trace/scenario';
import { selectJitterKind, selectScenarioActions, useAppStore } from '../../state';

const KINDS: readonly { readonly kind: JitterKind; readonly label: string }[] = [
  { kind: 'uniform', label: 'even, within ±j' },
  { kind: 'lognormal', label: 'long tail' },
];

/** How jitter is drawn: evenly within ±j, or lognormal with a long tail of slow answers. */
export function JitterKindControl() {
  const kind = useAppStore(selectJitterKind);
  const { setJitterKind } = useAppStore(useShallow(selectScenarioActions));
  const id = useId();
  return (
    <div className="jitter-kind">
      <label htmlFor={id} className="jitter-kind-label">
        Shape
      </label>
      <select
        id={id}
        className="jitter-kind-select"
        value={kind}
        onChange={(e) => setJitterKind(e.target.value as JitterKind)}
      >
        {KINDS.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </select>
    </div>
  );
}
