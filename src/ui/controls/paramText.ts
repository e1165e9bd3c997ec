import { formatNumber, translator, type Lang, type MessageKey, type Translate } from '../../i18n';
import { controlsMessages } from '../../i18n/messages/controls';
import { PARAM_SPECS } from '../../strategies';
import type { ParamKey } from '../../trace/scenario';

type ControlsT = Translate<MessageKey<typeof controlsMessages>>;

/** A parameter's label in the UI language (PARAM_SPECS keeps the English and the bounds). */
export const paramLabel = (t: ControlsT, key: ParamKey) =>
  key === 'jitterKind' ? t('shape') : t(`label.${key}`);
/** A parameter's one-line help in the UI language. */
export const paramHelp = (t: ControlsT, key: ParamKey) =>
  key === 'jitterKind' ? t('shape') : t(`help.${key}`);

const SPECS = Object.values(PARAM_SPECS);
const BETWEEN = /^(.+) must be between (-?[\d.]+) and (-?[\d.]+)\.$/;
const NOT_NUMBER = /^(.+) must be a number\.$/;
const NOT_WHOLE = /^(.+) must be a whole number\.$/;

/**
 * A validation message from `checkParams` or the store, in the UI language. The store keeps the English
 * message; this maps each known message (by parameter label) to its translation with the same bounds, and
 * leaves any message it does not know as it is rather than hiding it.
 * @example localizeParamError('Tasks must be between 1 and 100000.', 'zh-CN') // '任务数必须在 1 到 100,000 之间。'
 */
export function localizeParamError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  const t = translator(controlsMessages, lang);
  if (message === 'Enter a number.') return t('errEnterNumber');
  if (message.startsWith('Seed must be')) return t('errSeed');
  if (message.startsWith('Jitter kind must be')) return t('errJitterKind');
  const between = BETWEEN.exec(message);
  const spec = (label: string | undefined) => SPECS.find((s) => s.label === label);
  if (between) {
    const s = spec(between[1]);
    if (s) {
      const bound = (v: number) => `${formatNumber(v, lang)}${s.unit ? ` ${s.unit}` : ''}`;
      return t('errBetween', { label: paramLabel(t, s.key), min: bound(s.min), max: bound(s.max) });
    }
  }
  const number = NOT_NUMBER.exec(message);
  const sn = spec(number?.[1]);
  if (sn) return t('errNumber', { label: paramLabel(t, sn.key) });
  const whole = NOT_WHOLE.exec(message);
  const sw = spec(whole?.[1]);
  if (sw) return t('errWhole', { label: paramLabel(t, sw.key) });
  return message;
}
