import { useEffect, useState } from 'react';
import type { StrategyId } from '../../trace/scenario';

type SourceOf = (id: StrategyId) => string;
let sources: Promise<SourceOf> | null = null;

/** The JavaScript twins live with live mode's runners, so they arrive with its chunk, not the screen's. */
const loadSources = (): Promise<SourceOf> =>
  (sources ??= import('../../live/sources').then(
    (m) => m.liveSource,
    (error: unknown) => {
      sources = null;
      throw error;
    },
  ));

/** A strategy's JavaScript twin: `undefined` while it loads, `null` when it could not be had. */
export function useLiveSource(id: StrategyId): string | null | undefined {
  const [loaded, setLoaded] = useState<{ readonly id: StrategyId; readonly code: string | null } | null>(
    null,
  );
  useEffect(() => {
    let current = true;
    loadSources()
      .then((sourceOf) => sourceOf(id))
      .catch(() => null)
      .then((code) => current && setLoaded({ id, code }));
    return () => {
      current = false;
    };
  }, [id]);
  return loaded?.id === id ? loaded.code : undefined;
}
