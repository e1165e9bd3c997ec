import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ParamSpec } from '../../strategies';
import { selectField, selectScenarioActions, useAppStore, type FieldKey } from '../../state';
import { useLang, useT } from '../../i18n';
import { controlsMessages } from '../../i18n/messages/controls';
import { formatForInput, formatWithUnit } from './format';
import { paramHelp, paramLabel, problemText } from './problemText';
import { fromPosition, isStepKey, SLIDER_STEPS, stepValue, toPosition } from './scale';
import { FieldError, NumberEntryRow } from './fieldParts';

interface ParamControlProps {
  readonly field: FieldKey;
  readonly spec: ParamSpec;
  /** Extra control shown under the help (the jitter's shape). */
  readonly children?: ReactNode;
}

/**
 * One numeric parameter: a label, a number box you can type in, a slider (log-scaled where the spec says so)
 * and a line of help. A value the store rejects keeps its text in the box, with the reason under it; the
 * scenario (and the drawing) keep the last valid value.
 */
export function ParamControl({ field, spec, children }: ParamControlProps) {
  const { value, draft, error } = useAppStore(useShallow(selectField(field)));
  const { setField, setFieldText, revertField } = useAppStore(useShallow(selectScenarioActions));
  const id = useId();
  const inputId = `${id}-input`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${errorId} ${helpId}` : helpId;
  const t = useT(controlsMessages);
  const lang = useLang();
  const label = paramLabel(t, spec.key);
  const help = paramHelp(t, spec.key);
  const range = { min: formatWithUnit(spec.min, spec.unit), max: formatWithUnit(spec.max, spec.unit) };

  const onStepKey = (event: KeyboardEvent<HTMLInputElement>, fromText: boolean) => {
    if (event.key === 'Escape' && fromText) {
      revertField(field);
      return;
    }
    if (!isStepKey(event.key)) return;
    // In the text box only Up / Down step; Left / Right / Home / End move the caret.
    if (fromText && event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    setField(field, stepValue(value, event.key, spec, event.shiftKey));
  };

  return (
    <div className="param" data-invalid={error ? 'true' : undefined}>
      <NumberEntryRow
        id={inputId}
        label={label}
        unit={spec.unit}
        text={draft ?? formatForInput(value)}
        invalid={Boolean(error)}
        describedBy={describedBy}
        onText={(text) => setFieldText(field, text)}
        onBlur={() => !error && revertField(field)}
        onKeyDown={(e) => onStepKey(e, true)}
      />
      <input
        type="range"
        className="param-slider"
        min={0}
        max={SLIDER_STEPS}
        step={1}
        value={toPosition(value, spec)}
        aria-label={label}
        aria-valuetext={formatWithUnit(value, spec.unit)}
        aria-describedby={helpId}
        // Keys are handled above (one step each); what reaches onChange is the pointer moving the thumb.
        onChange={(e) => setField(field, fromPosition(Number(e.target.value), spec), 'drag')}
        onKeyDown={(e) => onStepKey(e, false)}
      />
      <p id={helpId} className="param-help" title={help}>
        {help}
        <span className="visually-hidden"> {t(spec.log ? 'rangeLog' : 'range', range)}</span>
      </p>
      {children}
      <FieldError id={errorId}>{error && problemText(error, t, lang)}</FieldError>
    </div>
  );
}
