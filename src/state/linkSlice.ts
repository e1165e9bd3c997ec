import type { SliceCreator } from './types';

/** Why a value in a link was not used; turned into words (in the UI language) by the notice banner. */
export type LinkReason =
  | { readonly code: 'number'; readonly min: number; readonly max: number; readonly whole: boolean }
  | { readonly code: 'choice'; readonly choices: readonly string[] }
  | { readonly code: 'strategy' }
  | { readonly code: 'too-long'; readonly max: number }
  | { readonly code: 'flag' }
  /** A program (`code=`) that does not decode to text of at most `max` characters. */
  | { readonly code: 'program'; readonly max: number };

/** Something a link asked for that the app ignored. Values are raw text from the URL: render them as text only. */
export type LinkNotice =
  | { readonly kind: 'invalid'; readonly key: string; readonly value: string; readonly reason: LinkReason }
  | { readonly kind: 'duplicate'; readonly key: string; readonly value: string }
  | { readonly kind: 'unknown'; readonly keys: readonly string[] }
  | { readonly kind: 'version'; readonly value: string }
  /** A `key=value` pair of `length` characters, over `max`: dropped unread. */
  | { readonly kind: 'long'; readonly key: string; readonly length: number; readonly max: number }
  /** The link has more than `max` pairs: the last `count` were dropped unread. */
  | { readonly kind: 'rest'; readonly count: number; readonly max: number };

/** A control an embed shows: the strategy, the view, the seed, or a parameter by its query name (`tasks`). */
export type EmbedControl = string;

/** Panels an embed can add under its chart: the playback bar, the "What Python is doing" panel. */
export const EMBED_PARTS = ['playback', 'panel'] as const;
export type EmbedPart = (typeof EMBED_PARTS)[number];

/** How an embedded page (`?embed=1`) looks: which controls sit above its chart, and what comes with it. */
export interface EmbedOptions {
  readonly controls: readonly EmbedControl[];
  /** `show=playback,panel`; none by default (the chart only). */
  readonly parts?: readonly EmbedPart[];
  /** `step=3`: open the walk-through at this step (1-based); implies playback. */
  readonly step?: number;
  /** `callouts=0` leaves the callouts off; on by default. */
  readonly callouts?: boolean;
}

/** What the page's link asked for beyond the scenario: notices, presentation mode, the embed route. */
export interface LinkSlice {
  /** What the opening link asked for that was ignored; empty once dismissed. */
  readonly linkNotices: readonly LinkNotice[];
  /** Presentation mode for talks: large type, controls hidden, arrow keys step through strategies. */
  readonly presenting: boolean;
  /** Set when the page is the embed route; null in the full app. */
  readonly embed: EmbedOptions | null;
  readonly setLinkNotices: (notices: readonly LinkNotice[]) => void;
  readonly dismissLinkNotices: () => void;
  readonly setPresenting: (presenting: boolean) => void;
  readonly setEmbed: (embed: EmbedOptions | null) => void;
}

export const createLinkSlice: SliceCreator<LinkSlice> = (set) => ({
  linkNotices: [],
  presenting: false,
  embed: null,
  setLinkNotices: (linkNotices) => set({ linkNotices }),
  dismissLinkNotices: () => set({ linkNotices: [] }),
  setPresenting: (presenting) => set({ presenting }),
  setEmbed: (embed) => set({ embed }),
});
