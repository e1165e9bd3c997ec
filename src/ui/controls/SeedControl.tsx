import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLang, useT } from '../../i18n';
import { controlsMessages } from '../../i18n/messages/controls';
import { selectField, selectScenarioActions, useAppStore } from '../../state';
import { problemText } from './problemText';
import { TextNumberInput } from './TextNumberInput';
import { FieldError } from './fieldParts';

/** A fresh seed: any 31-bit number (UI code may be random; only the simulator must not). */
const newSeed = () => Math.floor(Math.random() * 2 ** 31);

/** The RNG seed, in the controls' footer: same seed, same picture; "New seed" rolls the jitter again. */
export function SeedControl() {
  const { value, draft, error } = useAppStore(useShallow(selectField('seed')));
  const { setField, setFieldText, revertField } = useAppStore(useShallow(selectScenarioActions));
  const id = useId();
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const t = useT(controlsMessages);
  const lang = useLang();
  return (
    <div className="seed" data-invalid={error ? 'true' : undefined}>
      <label htmlFor={`${id}-input`} className="param-label">
        {t('seed')}
      </label>
      <TextNumberInput
        id={`${id}-input`}
        text={draft ?? String(value)}
        invalid={Boolean(error)}
        describedBy={error ? `${errorId} ${helpId}` : helpId}
        numeric="numeric"
        wide
        onText={(text) => setFieldText('seed', text)}
        onBlur={() => !error && revertField('seed')}
        onKeyDown={(e) => e.key === 'Escape' && revertField('seed')}
      />
      <button type="button" className="button button-small" onClick={() => setField('seed', newSeed())}>
        {t('newSeed')}
      </button>
      <span id={helpId} className="param-help seed-help">
        {t('seedHelp')}
      </span>
      <FieldError id={errorId} inline>
        {error && problemText(error, t, lang)}
      </FieldError>
    </div>
  );
}
