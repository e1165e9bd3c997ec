/** The words of a strategy in one language (its Python source and simulation are language-free). */
export interface StrategyText {
  readonly title: string;
  /** One line shown in the picker. */
  readonly hint: string;
  /** One string per paragraph, as many as the English. */
  readonly explanation: readonly string[];
}
