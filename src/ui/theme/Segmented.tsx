import type { ReactNode } from 'react';

interface SegmentedProps<V extends string> {
  /** The radio group's name (one per group on the page). */
  readonly name: string;
  readonly legend: string;
  /** How the legend shows: hidden by default (the options speak for themselves), or a class of its own. */
  readonly legendClassName?: string;
  /** Classes besides `segmented`. */
  readonly className?: string;
  readonly choices: readonly (readonly [value: V, label: ReactNode])[];
  readonly value: V;
  readonly onChange: (value: V) => void;
  /** The fieldset's `data-option` (a hook for styles and tests). */
  readonly option?: string;
}

/**
 * A segmented radio group (global.css `.segmented`): one native radio per choice, so arrow keys move the
 * choice and a screen reader names the group by its legend.
 * @example <Segmented name="theme" legend="Theme" choices={[['light', 'Light'], ['dark', 'Dark']]} value={theme} onChange={setTheme} />
 */
export function Segmented<V extends string>({
  name,
  legend,
  legendClassName = 'visually-hidden',
  className,
  choices,
  value,
  onChange,
  option,
}: SegmentedProps<V>) {
  return (
    <fieldset className={className ? `segmented ${className}` : 'segmented'} data-option={option}>
      <legend className={legendClassName}>{legend}</legend>
      {choices.map(([v, label]) => (
        <label key={v} className="segmented-option">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
