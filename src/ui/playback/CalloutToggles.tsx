import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { calloutMessages } from '../../i18n/messages/callouts';
import { selectHiddenCallouts, selectPlaybackActions, useAppStore } from '../../state';
import type { QueueKind } from '../../strategies';
import type { CalloutKind } from '../../trace/callouts';
import { calloutKindName } from './captions';

/** A disclosure with one checkbox per kind of callout this run has; unticking one hides it from the chart. */
export function CalloutToggles({
  kinds,
  queue,
}: {
  readonly kinds: readonly CalloutKind[];
  /** What the run's queued tasks wait for, to name the queue callout in the strategy's words. */
  readonly queue?: QueueKind;
}) {
  const t = useT(calloutMessages);
  const hidden = useAppStore(selectHiddenCallouts);
  const { toggleCallout } = useAppStore(useShallow(selectPlaybackActions));
  if (kinds.length === 0) return null;
  const shown = kinds.filter((k) => !hidden.includes(k)).length;
  return (
    <details className="playback-menu">
      <summary
        className="button playback-menu__summary"
        aria-label={`${t('callouts')}: ${t('calloutsShown', { count: shown, total: kinds.length })}`}
      >
        {t('callouts')}{' '}
        <span className="playback-menu__count">
          {shown}/{kinds.length}
        </span>
      </summary>
      <fieldset className="playback-menu__panel">
        <legend className="visually-hidden">{t('callouts')}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="playback-menu__item">
            <input type="checkbox" checked={!hidden.includes(kind)} onChange={() => toggleCallout(kind)} />
            {calloutKindName(t, kind, queue)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
