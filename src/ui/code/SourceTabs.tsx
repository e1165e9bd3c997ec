import { Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import { LazySourceCode } from './lazyPython';
import { PlainCode } from './PlainCode';
import type { SourceLanguage } from './SourceCode';

export interface SourceTab {
  readonly language: SourceLanguage;
  /** The tab's name ("Python", "JavaScript"). */
  readonly name: string;
  /** The code block's accessible name. */
  readonly label: string;
  /** The source, or null when there is none yet (`missing` is shown instead). */
  readonly code: string | null;
  readonly missing?: string;
}

/**
 * One program in several languages as an ARIA tab list: Left / Right (Home / End) move and show, only the
 * current tab is in the Tab order, and the shown source is highlighted like the explorer's Python.
 */
export function SourceTabs({ tabs, label }: { readonly tabs: readonly SourceTab[]; readonly label: string }) {
  const [current, setCurrent] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();
  const shown = tabs[Math.min(current, tabs.length - 1)];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const n = tabs.length;
    const next =
      event.key === 'ArrowRight'
        ? (current + 1) % n
        : event.key === 'ArrowLeft'
          ? (current - 1 + n) % n
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    setCurrent(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="source-tabs">
      <div className="source-tablist" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button
            key={tab.language}
            ref={(el) => {
              refs.current[i] = el;
            }}
            id={`${id}-tab-${tab.language}`}
            type="button"
            role="tab"
            className="source-tab"
            aria-selected={tab === shown}
            aria-controls={`${id}-panel`}
            tabIndex={tab === shown ? 0 : -1}
            onClick={() => setCurrent(i)}
          >
            {tab.name}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${shown.language}`}>
        {shown.code === null ? (
          <p className="muted">{shown.missing}</p>
        ) : (
          <Suspense fallback={<PlainCode code={shown.code} label={shown.label} />}>
            <LazySourceCode
              key={shown.language}
              code={shown.code}
              label={shown.label}
              language={shown.language}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
