import type { Lang } from '../../i18n/lang';
import type { Strategy } from '../types';
import type { StrategyText } from './types';
import { ZH_CN } from './zh-CN';

export type { StrategyText } from './types';

/**
 * A strategy's title, hint and explanation in a language; English is the strategy's own text.
 * @example strategyText(getStrategy('asyncio-gather'), 'zh-CN').title // 'asyncio + aiohttp，一起发出'
 */
export function strategyText(strategy: Strategy, lang: Lang): StrategyText {
  if (lang === 'zh-CN') return ZH_CN[strategy.id];
  return { title: strategy.title, hint: strategy.hint, explanation: strategy.explanation };
}
