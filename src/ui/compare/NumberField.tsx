import { useId, useState } from 'react';
import { parseNumber } from '../../state';
import { formatForInput } from '../controls/format';
import { NumberEntryRow } from '../controls/fieldParts';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly unit?: string;
  /** Why a value cannot be used, or null. */
  readonly check: (value: number) => string | null;
  /** Called with a value `check` accepted. */
  readonly onCommit: (value: number) => void;
  /** Text for a value that is not a number at all. */
  readonly notANumber: string;
}

/**
 * A compact number box: the typed text is kept while it is invalid (with the reason under it, and nothing else
 * changes); a valid value is committed at once. Up / Down step by one; Escape goes back to the value in use.
 */
export function NumberField({ label, value, unit, check, onCommit, notANumber }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const accept = (text: string, parsed: number | null) => {
    const why = parsed === null ? notANumber : check(parsed);
    setError(why);
    setDraft(why === null ? null : text);
    if (why === null && parsed !== null) onCommit(parsed);
  };
  return (
    <div className="param cmp-field" data-invalid={error ? 'true' : undefined}>
      <NumberEntryRow
        id={id}
        label={label}
        unit={unit}
        text={draft ?? formatForInput(value)}
        invalid={Boolean(error)}
        describedBy={error ? `${id}-error` : undefined}
        onText={(text) => accept(text, parseNumber(text))}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
            e.preventDefault();
            const next = value + (e.key === 'ArrowUp' ? 1 : -1);
            accept(String(next), next);
          }
        }}
        onBlur={() => {
          if (!error) setDraft(null);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="param-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
