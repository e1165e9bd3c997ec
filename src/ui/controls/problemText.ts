import { formatNumber, type Lang, type MessageKey, type Translate } from '../../i18n';
import type { controlsMessages } from '../../i18n/messages/controls';
import type { FieldProblem } from '../../state';
import { PARAM_SPECS } from '../../strategies';
import type { ParamKey } from '../../trace/scenario';

type ControlsT = Translate<MessageKey<typeof controlsMessages>>;

/** A parameter's label in the UI language. */
export const paramLabel = (t: ControlsT, key: ParamKey) =>
  key === 'jitterKind' ? t('shape') : t(`label.${key}`);
/** A parameter's one-line help in the UI language. */
export const paramHelp = (t: ControlsT, key: ParamKey) =>
  key === 'jitterKind' ? t('shape') : t(`help.${key}`);

/**
 * Why a value cannot run, in the UI language (the problem comes from `checkParams`, `checkValue` or the store).
 * @example problemText({ code: 'out-of-range', key: 'tasks', min: 1, max: 100000 }, t, 'en') // 'Tasks must be between 1 and 100,000.'
 */
export function problemText(problem: FieldProblem, t: ControlsT, lang: Lang): string {
  switch (problem.code) {
    case 'enter-number':
      return t('errEnterNumber');
    case 'bad-seed':
      return t('errSeed');
    case 'not-choice':
      return t('errJitterKind');
    case 'not-number':
      return t('errNumber', { label: paramLabel(t, problem.key) });
    case 'not-whole':
      return t('errWhole', { label: paramLabel(t, problem.key) });
    case 'out-of-range': {
      const unit = PARAM_SPECS[problem.key].unit;
      const bound = (v: number) => `${formatNumber(v, lang)}${unit ? ` ${unit}` : ''}`;
      return t('errBetween', {
        label: paramLabel(t, problem.key),
        min: bound(problem.min),
        max: bound(problem.max),
      });
    }
  }
}
