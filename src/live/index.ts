export { runLive } from './runLive';
export { checkLive, LIVE_LIMITS } from './limits';
export { NO_FAULTS } from './types';
export type { LiveFaults, LiveProgress, LiveReport, LiveRunOptions, NetworkMode, PageFreeze } from './types';
export { liveSource } from './sources';
