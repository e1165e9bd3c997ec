import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectField, selectScenarioActions, useAppStore } from '../../state';

/** A fresh seed: any 31-bit number (UI code may be random; only the simulator must not). */
const newSeed = () => Math.floor(Math.random() * 2 ** 31);

/** The RNG seed: the same seed draws the same picture; "New seed" rolls the jitter again. */
export function SeedControl() {
  const { value, draft, error } = useAppStore(useShallow(selectField('seed')));
  const { setField, setFieldText, revertField } = useAppStore(useShallow(selectScenarioActions));
  const id = useId();
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  return (
    <div className="param param-seed" data-invalid={error ? 'true' : undefined}>
      <div className="param-row">
        <label htmlFor={`${id}-input`} className="param-label">
          Seed
        </label>
        <span className="param-entry">
          <input
            id={`${id}-input`}
            className="param-input param-input-wide"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={draft ?? String(value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${helpId}` : helpId}
            onChange={(e) => setFieldText('seed', e.target.value)}
            onBlur={() => !error && revertField('seed')}
            onKeyDown={(e) => e.key === 'Escape' && revertField('seed')}
          />
        </span>
      </div>
      <button type="button" className="button" onClick={() => setField('seed', newSeed())}>
        New seed
      </button>
      <p id={helpId} className="param-help">
        Same seed, same picture. A new seed draws new jitter.
      </p>
      <p id={errorId} className="param-error" aria-live="polite">
        {error && (
          <>
            <span aria-hidden="true">⚠ </span>
            {error}
          </>
        )}
      </p>
    </div>
  );
}
