import type { ReactNode } from 'react';
import { useLang, useT } from '../../i18n';
import { programMessages } from '../../i18n/messages/program';
import type { RunOutcome } from '../../python/runView';
import { STRATEGY_IDS, type StrategyId } from '../../trace/scenario';
import { formatDuration } from '../summary/format';

interface Props {
  readonly outcome: RunOutcome;
  readonly titleOf: (id: StrategyId) => string;
  readonly onOpenStrategy: (id: StrategyId, where: 'sim' | 'live') => void;
}

const isStrategy = (id: string): id is StrategyId => (STRATEGY_IDS as readonly string[]).includes(id);

/** How the last run ended, in words: drawn (beside the model, or alone and why), or what stopped it. */
export function RunOutcomeView({ outcome, titleOf, onOpenStrategy }: Props) {
  const t = useT(programMessages);
  const lang = useLang();
  switch (outcome.kind) {
    case 'drawn':
      return (
        <div
          className="program-outcome program-outcome--drawn"
          data-testid="program-outcome"
          data-kind="drawn"
          data-real-ms={outcome.realMs}
          data-load-ms={outcome.loadMs ?? undefined}
          data-memory-bytes={outcome.memoryBytes}
        >
          <p>
            {outcome.loadMs !== null && `${t('coldStart', { ms: formatDuration(outcome.loadMs, lang) })} `}
            {t('ranIn', {
              real: formatDuration(outcome.realMs, lang),
              clock: formatDuration(outcome.clockMs, lang),
            })}
          </p>
          {!outcome.virtual && <p>{t('realTimeNote')}</p>}
          <p data-testid="program-match" data-matched={outcome.match.ok}>
            {outcome.match.ok
              ? t('besideModel', {
                  strategy: titleOf(outcome.match.scenario.strategy),
                  tasks: outcome.match.scenario.params.tasks,
                })
              : t(`alone${capital(outcome.match.reason)}`)}
          </p>
        </div>
      );
    case 'syntax':
    case 'error': {
      const { error } = outcome;
      const head =
        outcome.kind === 'syntax'
          ? t('syntaxError', { line: error.line ?? '?', message: error.message })
          : error.line !== null
            ? t('exception', { type: error.type, line: error.line })
            : t('exceptionNoLine', { type: error.type });
      return (
        <ErrorBox kind={outcome.kind}>
          <p>{head}</p>
          <pre className="program-traceback" tabIndex={0}>
            {error.traceback}
          </pre>
        </ErrorBox>
      );
    }
    case 'refused': {
      const first = outcome.refused[0];
      const strategy = first && isStrategy(first.strategy) ? first.strategy : null;
      return (
        <ErrorBox kind="refused">
          <p>{t('refused', { construct: first?.construct ?? '?', line: first?.line ?? '?' })}</p>
          {strategy && (
            <p className="program-outcome__links">
              <button type="button" className="button" onClick={() => onOpenStrategy(strategy, 'sim')}>
                {t('seeSimulated', { title: titleOf(strategy) })}
              </button>
              <button type="button" className="button" onClick={() => onOpenStrategy(strategy, 'live')}>
                {t('seeLive', { title: titleOf(strategy) })}
              </button>
            </p>
          )}
        </ErrorBox>
      );
    }
    case 'limit':
      return (
        <ErrorBox kind="limit" limit={outcome.name}>
          <p>{t(`limit${capital(outcome.name)}`, { value: outcome.value })}</p>
        </ErrorBox>
      );
    case 'stalled':
    case 'stopped':
      return (
        <div className="program-outcome" role="status" data-testid="program-outcome" data-kind={outcome.kind}>
          <p>{t(outcome.kind)}</p>
        </div>
      );
    case 'load-failed':
    case 'crashed':
      return (
        <ErrorBox kind={outcome.kind}>
          <p>{t(outcome.kind === 'crashed' ? 'crashed' : 'loadFailed', { message: outcome.message })}</p>
        </ErrorBox>
      );
  }
}

/** A run that did not draw: announced at once, marked with its kind (and the limit it hit) for tests. */
function ErrorBox({
  kind,
  limit,
  children,
}: {
  readonly kind: RunOutcome['kind'];
  readonly limit?: string;
  readonly children: ReactNode;
}) {
  return (
    <div
      className="program-outcome program-outcome--error"
      role="alert"
      data-testid="program-outcome"
      data-kind={kind}
      data-limit={limit}
    >
      {children}
    </div>
  );
}

function capital<T extends string>(s: T): Capitalize<T> {
  return (s.charAt(0).toUpperCase() + s.slice(1)) as Capitalize<T>;
}
