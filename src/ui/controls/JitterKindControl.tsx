import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { JitterKind } from '../../trace/scenario';
import { useT } from '../../i18n';
import { controlsMessages } from '../../i18n/messages/controls';
import { selectJitterKind, selectScenarioActions, useAppStore } from '../../state';

const KINDS = [
  { kind: 'uniform', label: 'shapeUniform' },
  { kind: 'lognormal', label: 'shapeLognormal' },
] as const satisfies readonly { readonly kind: JitterKind; readonly label: string }[];

/** How jitter is drawn: evenly within ±j, or lognormal with a long tail of slow answers. */
export function JitterKindControl() {
  const kind = useAppStore(selectJitterKind);
  const { setJitterKind } = useAppStore(useShallow(selectScenarioActions));
  const id = useId();
  const t = useT(controlsMessages);
  return (
    <div className="jitter-kind">
      <label htmlFor={id} className="jitter-kind-label">
        {t('shape')}
      </label>
      <select
        id={id}
        className="jitter-kind-select"
        value={kind}
        onChange={(e) => setJitterKind(e.target.value as JitterKind)}
      >
        {KINDS.map((k) => (
          <option key={k.kind} value={k.kind}>
            {t(k.label)}
          </option>
        ))}
      </select>
    </div>
  );
}
