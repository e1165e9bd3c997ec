import type { JitterKind } from '../../trace/scenario';
import { useShallow } from 'zustand/react/shallow';
import { selectJitterKind, selectScenarioActions, useAppStore } from '../../state';

const KINDS: readonly { readonly kind: JitterKind; readonly label: string }[] = [
  { kind: 'uniform', label: 'Uniform ±j' },
  { kind: 'lognormal', label: 'Long tail' },
];

/** How jitter is drawn: evenly within ±j, or lognormal with a long tail of slow answers. */
export function JitterKindControl() {
  const kind = useAppStore(selectJitterKind);
  const { setJitterKind } = useAppStore(useShallow(selectScenarioActions));
  return (
    <fieldset className="param param-choice">
      <legend className="param-label">Jitter shape</legend>
      <div className="segmented">
        {KINDS.map((k) => (
          <label key={k.kind} className="segmented-option">
            <input
              type="radio"
              name="jitter-kind"
              value={k.kind}
              checked={kind === k.kind}
              onChange={() => setJitterKind(k.kind)}
            />
            <span>{k.label}</span>
          </label>
        ))}
      </div>
      <p className="param-help">Uniform spreads answers evenly; long tail makes a few requests much slower.</p>
    </fieldset>
  );
}
