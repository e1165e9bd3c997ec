import type { Lang } from '../i18n/lang';
import type { SliceCreator } from './types';

/** The screens of the app; the explorer is the default. */
export type AppTab = 'explore' | 'compare' | 'scaling' | 'live';
export type GanttView = 'tasks' | 'lanes';
export type ThemeChoice = 'light' | 'dark' | 'system';
/** A visible time window [start, end] in ms; null shows the whole run. */
export type TimeDomain = readonly [number, number] | null;

export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];

export interface ViewSlice {
  /** The open screen. */
  readonly tab: AppTab;
  readonly ganttView: GanttView;
  readonly domain: TimeDomain;
  readonly theme: ThemeChoice;
  /** The UI language; chosen at start from the link or the browser (see src/i18n). */
  readonly lang: Lang;
  readonly setTab: (tab: AppTab) => void;
  readonly setGanttView: (view: GanttView) => void;
  /** Zooms the Gantt and its companion charts together; an empty or inverted window resets to the whole run. */
  readonly setDomain: (domain: TimeDomain) => void;
  readonly setTheme: (theme: ThemeChoice) => void;
  readonly setLang: (lang: Lang) => void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  tab: 'explore',
  ganttView: 'tasks',
  domain: null,
  theme: 'system',
  lang: 'en',
  setTab: (tab) => set({ tab }),
  setGanttView: (ganttView) => set({ ganttView }),
  setDomain: (domain) =>
    set({
      domain:
        domain && Number.isFinite(domain[0]) && Number.isFinite(domain[1]) && domain[1] > domain[0]
          ? domain
          : null,
    }),
  setTheme: (theme) => set({ theme }),
  setLang: (lang) => set({ lang }),
});
