import { CompareScreen } from '../../ui/compare/CompareScreen';
import { useCompareRuns } from './useCompareRuns';

/** The Compare screen with its runs: they start when the screen opens and stop when it closes. */
export function CompareHost() {
  useCompareRuns();
  return <CompareScreen />;
}
