import { LiveScreen } from '../../ui/live/LiveScreen';
import { useLiveRun } from './useLiveRun';

/** The Live screen with its runner: a run starts on Run, and stops on Cancel or when the screen closes. */
export function LiveHost() {
  const { run, cancel } = useLiveRun();
  return <LiveScreen onRun={run} onCancel={cancel} />;
}
