import { useT } from '../../i18n';
import { controlsMessages } from '../../i18n/messages/controls';
import { defaultExecutorWorkers } from '../../sim/threadPool';
import { selectParams, useAppStore } from '../../state';

/**
 * Under run_in_executor's workers: what 0 means on these cores. CPython's default executor has
 * min(32, os.cpu_count() + 4) threads, so the number follows the cores control.
 */
export function ExecutorDefaultNote() {
  const { workers, cores } = useAppStore(selectParams);
  const t = useT(controlsMessages);
  const threads = defaultExecutorWorkers(cores);
  return (
    <p className="param-note" data-testid="executor-default">
      {t(workers === 0 ? 'executorDefaultOn' : 'executorDefaultOff', { threads, cores })}
    </p>
  );
}
