import { translator, type Lang } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';
import { localizeParamError } from '../controls/paramText';

/**
 * Why a run failed, in the UI language. The runner reports English (src/app/run/simRunner.ts); its known
 * sentences are translated here, technical details (a browser's own error text) are kept as they are, and
 * parameter errors go through the same mapping as the controls' messages.
 * @example localizeRunError('The simulation worker failed: it could not start or crashed.', 'zh-CN') // '模拟 Worker 出错：无法启动或已崩溃。'
 */
export function localizeRunError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  const t = translator(timelineMessages, lang);
  const failed = /^The simulation worker failed: (.*)\.$/s.exec(message);
  if (failed) {
    const detail = failed[1] === 'it could not start or crashed' ? t('err.workerCrashed') : failed[1];
    return t('err.workerFailed', { detail });
  }
  const read = /^Could not read the trace: (.*)$/s.exec(message);
  if (read) return t('err.readTrace', { detail: read[1] });
  const start = /^Could not start the simulation worker: (.*)$/s.exec(message);
  if (start) return t('err.startWorker', { detail: start[1] });
  if (message === 'The simulation worker sent a message the page could not read.') return t('err.badMessage');
  // Parameter errors arrive as sentences joined by spaces (simulateScenario's RangeError).
  return message
    .split(/(?<=\.)\s+/)
    .map((sentence) => localizeParamError(sentence, lang))
    .join('');
}
