import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLang } from '../../i18n';
import { selectLiveActions, useAppStore, type FaultKey } from '../../state';
import { formatForInput } from '../controls/format';
import { faultProblemText } from './liveText';
import { FieldError, NumberEntryRow } from '../controls/fieldParts';

interface FaultFieldProps {
  readonly field: FaultKey;
  readonly label: string;
  readonly unit: string;
  readonly help: string;
}

/**
 * One fault value: a labelled box with its unit and help. Refused text stays in the box with the reason under
 * it, the accepted value is unchanged, and Run is disabled until it is fixed; Escape goes back.
 */
export function FaultField({ field, label, unit, help }: FaultFieldProps) {
  const lang = useLang();
  const id = useId();
  const { value, draft, problem } = useAppStore(
    useShallow((s) => ({
      value: s.liveFaults[field],
      draft: s.liveFaultDrafts[field],
      problem: s.liveFaultErrors[field],
    })),
  );
  const { setLiveFaultText, revertLiveFault } = useAppStore(useShallow(selectLiveActions));
  return (
    <div className="param live-fault" data-invalid={problem ? 'true' : undefined}>
      <NumberEntryRow
        id={`${id}-input`}
        label={label}
        unit={unit}
        text={draft ?? formatForInput(value)}
        invalid={Boolean(problem)}
        describedBy={problem ? `${id}-error ${id}-help` : `${id}-help`}
        onText={(text) => setLiveFaultText(field, text)}
        onBlur={() => !problem && revertLiveFault(field)}
        onKeyDown={(e) => e.key === 'Escape' && revertLiveFault(field)}
      />
      <p id={`${id}-help`} className="param-help">
        {help}
      </p>
      <FieldError id={`${id}-error`}>{problem && faultProblemText(problem, unit, lang)}</FieldError>
    </div>
  );
}
