import type { KeyboardEvent } from 'react';

export interface TextNumberInputProps {
  readonly id: string;
  /** What the box shows: the typed text while it is refused, else the value in use. */
  readonly text: string;
  readonly invalid: boolean;
  readonly describedBy?: string;
  readonly numeric?: 'decimal' | 'numeric';
  readonly wide?: boolean;
  readonly onText: (text: string) => void;
  readonly onBlur?: () => void;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * The number box every control uses: plain text (so a half-typed or refused value stays as typed, with its
 * reason beside it), a numeric keyboard on phones, no autocomplete or spell-check, `aria-invalid` when refused.
 */
export function TextNumberInput({
  id,
  text,
  invalid,
  describedBy,
  numeric = 'decimal',
  wide,
  onText,
  onBlur,
  onKeyDown,
}: TextNumberInputProps) {
  return (
    <input
      id={id}
      className={wide ? 'param-input param-input-wide' : 'param-input'}
      type="text"
      inputMode={numeric}
      autoComplete="off"
      spellCheck={false}
      value={text}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      onChange={(e) => onText(e.target.value)}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    />
  );
}
