/**
 * Render a data path the way a reader would type it: `tasks[3].segments[0].end`.
 * The empty path is the trace itself.
 *
 * @example formatPath(['tasks', 3, 'segments', 0, 'end']) // 'tasks[3].segments[0].end'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'trace';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
