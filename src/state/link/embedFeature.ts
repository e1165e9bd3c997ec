import type { ParamKey } from '../../trace/scenario';
import { EMBED_PARTS, type EmbedOptions, type EmbedPart } from '../linkSlice';
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
  keys: ['embed', 'controls', 'show', 'step', 'callouts'],
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
    const parts: EmbedPart[] = [];
    const show = query.take(['show']);
    for (const raw of (show ? boundedValue(query, show) : null)?.split(',') ?? []) {
      const name = raw.trim().toLowerCase();
      const part = EMBED_PARTS.find((p) => p === name);
      if (part === undefined) {
        if (name !== '')
          query.reject({ key: 'show', value: raw.trim() }, { code: 'choice', choices: EMBED_PARTS });
      } else if (!parts.includes(part)) parts.push(part);
    }
    const stepRead = query.take(['step']);
    const stepText = stepRead ? boundedValue(query, stepRead) : null;
    const step = stepText === null ? undefined : Number(stepText);
    if (stepRead && (step === undefined || !Number.isInteger(step) || step < 1 || step > 1000)) {
      query.reject(stepRead, { code: 'flag' });
    }
    const calloutsRead = query.take(['callouts']);
    const callouts = calloutsRead ? readFlag(query, calloutsRead) : undefined;
    return {
      controls,
      ...(parts.length ? { parts } : {}),
      ...(step !== undefined && Number.isInteger(step) && step >= 1 && step <= 1000 ? { step } : {}),
      ...(callouts === false ? { callouts } : {}),
    };
  },
  select: (state) => state.embed,
  apply: (embed, state) => state.setEmbed(embed),
  write: (embed) =>
    embed
      ? [
          ['embed', '1'],
          ...(embed.controls.length ? [['controls', embed.controls.join(',')] as const] : []),
          ...(embed.parts?.length ? [['show', embed.parts.join(',')] as const] : []),
          ...(embed.step !== undefined ? [['step', String(embed.step)] as const] : []),
          ...(embed.callouts === false ? [['callouts', '0'] as const] : []),
        ]
      : [],
});
