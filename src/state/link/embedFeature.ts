import type { ParamKey } from '../../trace/scenario';
import type { EmbedOptions } from '..';
import { PARAM_KEYS, paramName } from '../../trace/params';
import { boundedValue } from './query';
import { urlFeature } from './types';
import { readFlag } from './viewFeatures';

/** Controls an embed can show above its chart, by the names links use: `controls=strategy,tasks,latency`. */
export const EMBED_CONTROLS: readonly string[] = ['strategy', 'view', 'seed', ...PARAM_KEYS.map(paramName)];
/** More than this many controls would crowd a course column. */
export const MAX_EMBED_CONTROLS = 8;

/** The query name of a parameter as an embed control (`latencyMs` → `latency`). */
export const controlName = (key: ParamKey): string => paramName(key);

/**
 * `embed=1` opens the embed route (same index.html, so any static host and sub-path serve it), and
 * `controls=` lists the controls it shows, in order. Unknown names are dropped with a notice.
 */
export const embedFeature = urlFeature<EmbedOptions | null>({
  keys: ['embed', 'controls'],
  read: (query) => {
    const flag = query.take(['embed']);
    const list = query.take(['controls']);
    if (!flag || !readFlag(query, flag)) return undefined;
    const text = list ? boundedValue(query, list) : null;
    const controls: string[] = [];
    for (const raw of text?.split(',') ?? []) {
      const name = raw.trim().toLowerCase();
      if (name === '' || controls.includes(name)) continue;
      if (!EMBED_CONTROLS.includes(name) || controls.length >= MAX_EMBED_CONTROLS) {
        query.reject({ key: 'controls', value: raw.trim() }, { code: 'choice', choices: EMBED_CONTROLS });
      } else controls.push(name);
    }
    return { controls };
  },
  select: (state) => state.embed,
  apply: (embed, state) => state.setEmbed(embed),
  write: (embed) =>
    embed
      ? [['embed', '1'], ...(embed.controls.length ? [['controls', embed.controls.join(',')] as const] : [])]
      : [],
});
