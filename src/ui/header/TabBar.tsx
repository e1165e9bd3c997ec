import { useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import { compareMessages } from '../../i18n/messages/compare';
import { selectTab, useAppStore, type AppTab } from '../../state';
import './tabs.css';

const TABS: readonly {
  readonly tab: AppTab;
  readonly label: 'tabExplore' | 'tabCompare' | 'tabScaling' | 'tabLive';
}[] = [
  { tab: 'explore', label: 'tabExplore' },
  { tab: 'compare', label: 'tabCompare' },
  { tab: 'scaling', label: 'tabScaling' },
  { tab: 'live', label: 'tabLive' },
];

/** The tab panel's id, for `aria-controls` / `aria-labelledby`. */
export const TAB_PANEL_ID = 'screen-panel';
export const tabId = (tab: AppTab) => `screen-tab-${tab}`;

/**
 * The app's four screens as an ARIA tab list: Left / Right (and Home / End) move and select, only the current
 * tab is in the Tab order. The current screen lives in the URL (`tab=compare`).
 */
export function TabBar() {
  const t = useT(compareMessages);
  const current = useAppStore(selectTab);
  const setTab = useAppStore((s) => s.setTab);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((x) => x.tab === current);
    const next =
      event.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    setTab(TABS[next].tab);
    refs.current[next]?.focus();
  };
  return (
    <div className="tabbar" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKeyDown}>
      {TABS.map(({ tab, label }, i) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[i] = el;
          }}
          id={tabId(tab)}
          type="button"
          role="tab"
          className="tabbar-tab"
          aria-selected={tab === current}
          aria-controls={TAB_PANEL_ID}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => setTab(tab)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
