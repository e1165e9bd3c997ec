import type { ReactNode } from 'react';
import { TextNumberInput, type TextNumberInputProps } from './TextNumberInput';

/**
 * A labelled number box with its unit: the first row of every number field (the scenario's parameters,
 * Compare's fields, the live faults).
 */
export function NumberEntryRow({
  label,
  unit,
  ...input
}: TextNumberInputProps & { readonly label: ReactNode; readonly unit?: string }) {
  return (
    <div className="param-row">
      <label htmlFor={input.id} className="param-label">
        {label}
      </label>
      <span className="param-entry">
        <TextNumberInput {...input} />
        {unit && <span className="param-unit">{unit}</span>}
      </span>
    </div>
  );
}

/**
 * Where a field says why its value was refused (announced politely; empty, but present for `aria-describedby`,
 * while the value is fine).
 * @example <FieldError id="tasks-error">{error && problemText(error, t, lang)}</FieldError>
 */
export function FieldError({
  id,
  inline = false,
  children,
}: {
  readonly id: string;
  /** A span inside a row (the seed) rather than a paragraph under the field. */
  readonly inline?: boolean;
  readonly children: ReactNode;
}) {
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag id={id} className="param-error" aria-live="polite">
      {children ? (
        <>
          <span aria-hidden="true">⚠ </span>
          {children}
        </>
      ) : null}
    </Tag>
  );
}
