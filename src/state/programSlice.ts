import { getStrategy } from '../strategies';
import type { StrategyId } from '../trace/scenario';
import type { AppState, SliceCreator } from './types';

/** The learner's edit of a strategy's program (the code panel shows the strategy's own program otherwise). */
export interface EditedProgram {
  /** The strategy whose program was edited: picking another strategy shows that one's program. */
  readonly strategy: StrategyId;
  readonly source: string;
}

export interface ProgramSlice {
  readonly program: EditedProgram | null;
  /** Null goes back to the strategy's program. */
  readonly setProgram: (program: EditedProgram | null) => void;
}

export const createProgramSlice: SliceCreator<ProgramSlice> = (set) => ({
  program: null,
  // The strategy's own program for the scenario's parameters is no edit: nothing to keep or to put in a link.
  setProgram: (program) =>
    set((s) => ({
      program:
        program && program.source === getStrategy(program.strategy).program(s.scenario.params)
          ? null
          : program,
    })),
});

/** The edit in force for the picked strategy, or null (the strategy's own program). */
export const selectEditedProgram = (s: AppState): EditedProgram | null =>
  s.program && s.program.strategy === s.scenario.strategy ? s.program : null;
export const selectSetProgram = (s: AppState) => s.setProgram;
