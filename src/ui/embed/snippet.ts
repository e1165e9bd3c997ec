import type { AppState, EmbedOptions, GanttView, ThemeChoice } from '../../state';
import { linkFor } from '../../state/link/registry';

/** What the embed dialog lets a teacher choose. */
export interface EmbedChoice {
  readonly controls: readonly string[];
  readonly height: number;
  readonly theme: ThemeChoice;
  readonly view: GanttView;
  readonly autoResize: boolean;
}

export const MIN_EMBED_HEIGHT = 240;
export const MAX_EMBED_HEIGHT = 1600;

/**
 * The embed route's address for the current scenario with these choices: the same index.html with `embed=1`.
 * @example embedUrl(state, choice, 'https://example.org/course/awaitline/') // '…/awaitline/?v=1&embed=1&…'
 */
export function embedUrl(state: AppState, choice: EmbedChoice, page: string): string {
  const embed: EmbedOptions = { controls: choice.controls };
  const search = linkFor({ ...state, embed, theme: choice.theme, ganttView: choice.view, presenting: false });
  return new URL(search, page).href;
}

/** The few lines a parent page needs to let each Awaitline frame follow its content's height. */
export const RESIZE_SCRIPT = `<script>
  // Awaitline frames report their height; give each its own.
  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'awaitline:height' || typeof data.height !== 'number') return;
    document.querySelectorAll('iframe').forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = Math.ceil(data.height) + 'px';
    });
  });
</script>`;

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML to paste: the iframe (and the resize script when chosen). Attribute values are escaped. */
export function embedSnippet(url: string, title: string, choice: EmbedChoice): string {
  const frame = `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${choice.height}" style="border:0;display:block;max-width:100%" loading="lazy"></iframe>`;
  return choice.autoResize ? `${frame}\n${RESIZE_SCRIPT}` : frame;
}
