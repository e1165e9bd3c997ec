import type { AppState, EmbedOptions, GanttView, ThemeChoice } from '../../state';
import type { EmbedPart } from '../../state/linkSlice';
import { linkFor } from '../../state/link/registry';

/** What the embed dialog lets a teacher choose. */
export interface EmbedChoice {
  readonly controls: readonly string[];
  readonly height: number;
  readonly theme: ThemeChoice;
  readonly view: GanttView;
  readonly autoResize: boolean;
  /** Extra panels: playback and the "What Python is doing" panel. */
  readonly parts: readonly EmbedPart[];
  /** Open the walk-through at this step (1-based), or null. */
  readonly step: number | null;
  readonly callouts: boolean;
}

export const MIN_EMBED_HEIGHT = 240;
export const MAX_EMBED_HEIGHT = 1600;

/**
 * The embed route's address for the current scenario with these choices: the same index.html with `embed=1`.
 * @example embedUrl(state, choice, 'https://example.org/course/awaitline/') // '…/awaitline/?v=1&embed=1&…'
 */
export function embedUrl(state: AppState, choice: EmbedChoice, page: string): string {
  const embed: EmbedOptions = {
    controls: choice.controls,
    parts:
      choice.step !== null && !choice.parts.includes('playback')
        ? [...choice.parts, 'playback']
        : choice.parts,
    ...(choice.step !== null ? { step: choice.step } : {}),
    callouts: choice.callouts,
  };
  const search = linkFor({ ...state, embed, theme: choice.theme, ganttView: choice.view, presenting: false });
  // The reader sees the language the snippet was made in, whatever their browser says.
  const pinned = /[?&]lang=/.test(search) ? search : `${search}&lang=${state.lang}`;
  return new URL(pinned, page).href;
}

/** The tallest height the resize script sets: a frame (or a page posing as one) cannot make the page taller. */
export const MAX_RESIZE_HEIGHT = 4000;

/**
 * The few lines a parent page needs to let each Awaitline frame follow its content's height. It believes a
 * message only from the frame's own window and origin (a cross-site sibling frame made a page 51,583 px tall),
 * and clamps the height.
 */
export const RESIZE_SCRIPT = `<script>
  // Awaitline frames report their height; give each its own, within bounds.
  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'awaitline:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    document.querySelectorAll('iframe').forEach(function (frame) {
      if (frame.contentWindow !== event.source || new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = Math.min(${MAX_RESIZE_HEIGHT}, Math.max(${MIN_EMBED_HEIGHT}, Math.ceil(data.height))) + 'px';
    });
  });
</script>`;

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML to paste: the iframe (and the resize script when chosen). Attribute values are escaped. */
export function embedSnippet(url: string, title: string, choice: EmbedChoice): string {
  const frame = `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${choice.height}" style="border:0;display:block;max-width:100%" loading="lazy"></iframe>`;
  return choice.autoResize ? `${frame}\n${RESIZE_SCRIPT}` : frame;
}
