/** Lines shown either side of the highlighted one. */
const CONTEXT = 3;

/**
 * A few lines of Python around `line` (1-based), that line highlighted and marked for screen readers; the
 * whole program stays in the "The Python" panel below.
 */
export function SourceExcerpt({
  code,
  line,
  label,
}: {
  readonly code: string;
  readonly line: number | null;
  readonly label: string;
}) {
  const lines = code.trimEnd().split('\n');
  const at = line !== null && line >= 1 && line <= lines.length ? line : null;
  const from = at === null ? 1 : Math.max(1, at - CONTEXT);
  const to = at === null ? Math.min(lines.length, 2 * CONTEXT + 1) : Math.min(lines.length, at + CONTEXT);
  return (
    <pre className="py-source" aria-label={label} tabIndex={0}>
      <code>
        {lines.slice(from - 1, to).map((text, i) => {
          const n = from + i;
          const current = n === at;
          return (
            <span
              key={n}
              className={current ? 'py-source__line py-source__line--current' : 'py-source__line'}
              aria-current={current ? 'step' : undefined}
            >
              <span className="py-source__no" aria-hidden="true">
                {n}
              </span>
              {text || ' '}
              {'\n'}
            </span>
          );
        })}
      </code>
    </pre>
  );
}
