export { COMPARABLE, STRATEGIES, getStrategy, isStrategyId } from './catalogue';
export { BASE_PARAMS, MAX_TASKS, PARAM_SPECS, checkParamValues, isNumericKey, paramSpecsFor } from './params';
export {
  DEFAULT_SEED,
  MAX_SEED,
  ScenarioError,
  checkParams,
  defaultParams,
  defaultScenario,
  simulateOutcome,
  simulateScenario,
} from './run';
export type { ScenarioProblem, ScenarioProblems } from './run';
export { checkBudget, estimateWork, OverBudget, type BudgetProblem, type WorkEstimate } from './budget';
export { RUN_LIMITS, type WorkKind } from '../sim/budget';
export { SHARED_WORK, switchStrategy, type SharedWorkKey } from './switchStrategy';
export type {
  Comparison,
  ParamSpec,
  PoolParam,
  QueueKind,
  SourceLines,
  Strategy,
  StrategyGroup,
  StrategyStyle,
} from './types';
export {
  CHAPTERS,
  CHAPTER_IDS,
  chapterScenario,
  getChapter,
  isChapterId,
  nextChapter,
  previousChapter,
  type Chapter,
  type ChapterId,
} from './chapters';
