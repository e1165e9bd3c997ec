import { useCallback, useEffect, useRef, useState } from 'react';
import { buildTrace } from '../../python/buildTrace';
import type { ProgramRunView, RunOutcome } from '../../python/runView';
import { matchShape, nominalLatencies } from '../../python/shape';
import { DEFAULT_RUN_OPTIONS } from '../../python/types';
import { useAppStore } from '../../state';
import { PythonClient } from './pythonClient';

let shared: PythonClient | null = null;
/** One Python worker for the page, created on the first Run. */
const client = () => (shared ??= new PythonClient());

/** Output beyond this is not kept on screen (the run's own output limit stops a program long before). */
const SHOWN_OUTPUT = 200_000;

export interface ProgramRunner extends ProgramRunView {
  readonly run: (source: string, realTime: boolean, fileName: string) => void;
  readonly stop: () => void;
}

/**
 * Runs the code panel's program in the Python worker. A finished run is shown like an imported trace (the
 * Gantt, playback, state panel, export and share all read it), with the simulation of the same shape under
 * it when the program has a catalogue shape; the program stays in the editor as the learner's edit.
 */
export function usePythonRun(): ProgramRunner {
  const [view, setView] = useState<ProgramRunView>({ phase: 'idle', output: '', outcome: null });
  const output = useRef('');
  const frame = useRef(0);
  const current = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const run = useCallback((source: string, realTime: boolean, fileName: string) => {
    output.current = '';
    const runId = ++current.current;
    let loadMs: number | null = null;
    setView({ phase: shared ? 'running' : 'loading', output: '', outcome: null });
    const state = useAppStore.getState();
    const base = state.scenario;
    const options = { ...DEFAULT_RUN_OPTIONS, virtual: !realTime, seed: base.seed };
    void client()
      .run(source, options, {
        onStarted: (ms) => {
          loadMs = ms;
          setView((v) => ({ ...v, phase: 'running' }));
        },
        onOutput: (_stream, text) => {
          if (runId !== current.current) return;
          if (output.current.length < SHOWN_OUTPUT) output.current += text;
          cancelAnimationFrame(frame.current);
          frame.current = requestAnimationFrame(() => setView((v) => ({ ...v, output: output.current })));
        },
      })
      .then((end) => {
        if (runId !== current.current) return; // a newer run replaced this one
        cancelAnimationFrame(frame.current);
        let outcome: RunOutcome;
        if (end.kind === 'result') {
          const r = end.result;
          switch (r.status) {
            case 'ok': {
              const recorded = buildTrace(r.log, base, source);
              const match = matchShape(recorded, base, nominalLatencies(r.log));
              const scenario = match.ok ? match.scenario : base;
              const trace = { ...recorded, scenario };
              const s = useAppStore.getState();
              s.importTrace({ trace, fileName, format: 'awaitline' });
              // After the import has loaded the matched scenario: the program stays as run unless it is
              // exactly the strategy's own for the new parameters (the controls may now differ from its
              // constants, e.g. no connection limit reached).
              s.setProgram({ strategy: scenario.strategy, source });
              s.setCompareWithSim(match.ok);
              const clockMs = r.log.length ? r.log[r.log.length - 1][1] : 0;
              outcome = { kind: 'drawn', realMs: r.realMs, clockMs, virtual: r.virtual, loadMs, match };
              break;
            }
            case 'syntax':
            case 'error':
              outcome = { kind: r.status, error: r.error };
              break;
            case 'refused':
              outcome = { kind: 'refused', refused: r.refused };
              break;
            case 'limit':
              outcome = { kind: 'limit', name: r.limit.name, value: r.limit.value };
              break;
            case 'stalled':
              outcome = { kind: 'stalled' };
              break;
          }
        } else if (end.kind === 'cpu-limit')
          outcome = { kind: 'limit', name: 'cpu-seconds', value: end.seconds };
        else if (end.kind === 'stopped') outcome = { kind: 'stopped' };
        else outcome = { kind: end.kind, message: end.message };
        setView({ phase: 'idle', output: output.current, outcome });
      });
  }, []);

  const stop = useCallback(() => shared?.stop(), []);
  return { ...view, run, stop };
}
