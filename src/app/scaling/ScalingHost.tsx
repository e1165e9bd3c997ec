import { useCallback } from 'react';
import { useAppStore } from '../../state';
import { ScalingScreen } from '../../ui/scaling/ScalingScreen';
import { rerunScaling } from './scalingRunner';
import { useScalingRuns } from './useScalingRuns';

/** The Scaling screen with its worker: sweeps run while the screen is open. */
export function ScalingHost() {
  useScalingRuns();
  const onRerun = useCallback(() => rerunScaling(useAppStore), []);
  return <ScalingScreen onRerun={onRerun} />;
}
