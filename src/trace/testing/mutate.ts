/**
 * Hostile edits of a decoded trace file, for the fuzz tests of the readers: deleted fields, nulls, negative or
 * huge numbers, "NaN", control and direction characters, prototype keys, swapped types.
 */
import fc from 'fast-check';

const HOSTILE: readonly unknown[] = [
  null,
  -1,
  0,
  1.797e308,
  -0.5,
  'NaN',
  '',
  'x\u0000nul\u0001ctrl\u000bvt',
  '\u202E12345abc',
  '__proto__',
  {},
  [],
  true,
  'p0',
  't0',
  'a',
];

/** Every path to a value inside `json` (objects and arrays), parents before children. */
function paths(json: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof json !== 'object' || json === null) return out;
  for (const [key, value] of Object.entries(json)) {
    const path = [...at, Array.isArray(json) ? Number(key) : key];
    out.push(path);
    paths(value, path, out);
  }
  return out;
}

export type Edit = { readonly pick: number; readonly value: number; readonly remove: boolean };

export function mutate(source: unknown, edits: readonly Edit[]): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(source));
  for (const { pick, value, remove } of edits) {
    const all = paths(copy);
    if (all.length === 0) break;
    const path = all[pick % all.length];
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (remove && !Array.isArray(parent)) delete parent[last];
    else if (remove) (parent as unknown as unknown[]).splice(Number(last), 1);
    else parent[last] = HOSTILE[value % HOSTILE.length];
  }
  return copy;
}

export const arbEdits = fc.array(fc.record({ pick: fc.nat(), value: fc.nat(), remove: fc.boolean() }), {
  minLength: 1,
  maxLength: 4,
});
