/**
 * Parses what a user typed into a number field, or null when it is not a number.
 * Accepts digit groups (spaces, underscores, `1,000`) and a decimal comma (`2,5`): `parseNumber('1 000') === 1000`.
 */
export function parseNumber(text: string): number | null {
  let cleaned = text.trim().replace(/[\s_\u202f]/g, '');
  // "1,000" groups thousands (the app is in English); any other single comma is a decimal comma ("2,5").
  cleaned = /^-?\d{1,3}(,\d{3})+$/.test(cleaned)
    ? cleaned.replace(/,/g, '')
    : cleaned.replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
