const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A value for reading: digit groups, at most two decimals, and the unit: `1,500 ms`. */
export function formatWithUnit(value: number, unit: string): string {
  const text = grouped.format(value);
  return unit ? `${text} ${unit}` : text;
}

/** A value for editing: no digit groups, so what is shown parses back to the same number. */
export function formatForInput(value: number): string {
  return String(Number(value.toFixed(6)));
}
