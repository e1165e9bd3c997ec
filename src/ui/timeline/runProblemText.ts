import { translator, type Lang } from '../../i18n';
import { controlsMessages } from '../../i18n/messages/controls';
import { timelineMessages } from '../../i18n/messages/timeline';
import type { RunProblem } from '../../state';
import { problemText } from '../controls/problemText';
import { budgetText } from './budgetText';

/**
 * Why a run failed, in the UI language; a browser's or the engine's own text (`detail`) is kept as it is.
 * @example runProblemText({ code: 'worker-failed', detail: null }, 'zh-CN') // '模拟 Worker 出错：无法启动或已崩溃。'
 */
export function runProblemText(problem: RunProblem, lang: Lang): string {
  const t = translator(timelineMessages, lang);
  switch (problem.code) {
    case 'worker-failed':
      return t('err.workerFailed', { detail: problem.detail ?? t('err.workerCrashed') });
    case 'bad-message':
      return t('err.badMessage');
    case 'start-worker':
      return t('err.startWorker', { detail: problem.detail });
    case 'read-trace':
      return t('err.readTrace', { detail: problem.detail });
    case 'scenario': {
      const tc = translator(controlsMessages, lang);
      return problem.problems.map((p) => problemText(p, tc, lang)).join(lang === 'en' ? ' ' : '');
    }
    case 'over-budget':
      return budgetText(problem.budget, lang);
    case 'stopped':
      return t('err.stopped');
    case 'other':
      return problem.detail;
  }
}
