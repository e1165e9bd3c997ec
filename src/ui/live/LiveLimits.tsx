import { useLang, useT } from '../../i18n';
import { liveMessages } from '../../i18n/messages/live';
import type { checkLive } from '../../live/limits';
import { limitsText, overLimitText } from './liveText';

/**
 * What a live run may ask of a browser tab, and, when the scenario asks for more, each parameter past its
 * limit (Run is disabled; the simulation is unaffected).
 */
export function LiveLimits({
  over,
  id,
}: {
  readonly over: ReturnType<typeof checkLive>;
  readonly id: string;
}) {
  const t = useT(liveMessages);
  const lang = useLang();
  return (
    <div className="live-limits" data-testid="live-limits" data-over={over.length > 0 ? 'true' : 'false'}>
      <p className="param-help">{limitsText(lang)}</p>
      {over.length > 0 && (
        <div id={id} className="live-over" role="status">
          <p>{t('overLimits')}</p>
          <ul>
            {over.map((o) => (
              <li key={o.key} data-param={o.key}>
                {overLimitText(o, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
