/**
 * How large a trace may be, and what its numbers may hold: the schema refuses anything beyond these, so a
 * file or a message can neither freeze the page nor print a 300-digit time. Each bound is well above what the
 * simulator or a live run makes (see README.md, "Bounds").
 */

/**
 * Latest time in a trace, in ms (about 317 years). The longest scenario the parameter bounds allow (100,000
 * sequential tasks of four hour-long parameters) ends at 1.44e12 ms.
 */
export const MAX_TRACE_MS = 1e13;

/** Most lanes: a pool of 1,024 processes with a loop each is 2,049 lanes. */
export const MAX_LANES = 10_000;

/** Deepest lane nesting (main process → pool process → thread or loop is 3 levels). */
export const MAX_LANE_DEPTH = 32;

/** Most tasks: the simulator's own limit. */
export const MAX_TRACE_TASKS = 100_000;

/** Most segments over all tasks, and most events: what the run budget lets a run make (src/sim/budget.ts); every
 * strategy at its defaults and 100,000 tasks makes at most 600,000 of each. */
export const MAX_TRACE_SEGMENTS = 1_000_000;
export const MAX_TRACE_EVENTS = 1_000_000;

/** Longest label and id, in UTF-16 code units. */
export const MAX_LABEL_CHARS = 200;
export const MAX_ID_CHARS = 200;
