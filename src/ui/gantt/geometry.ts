/** Row heights, px, by row kind: lane rows hold a main band and a waiting band. */
export const ROW_HEIGHT = { task: 22, lane: 36, group: 18 } as const;
/** Height of the time axis above the rows, px. */
export const AXIS_HEIGHT = 28;
/** Above this many rows only the rows in view are drawn. */
export const VIRTUAL_ABOVE = 300;
/** Above this many tasks the task view folds consecutive tasks into one row each. */
export const GROUP_ABOVE = 2000;
/** Grouped runs aim for about this many rows. */
export const TARGET_GROUP_ROWS = 200;
/** Default largest height of the scrolling row area, px. */
export const DEFAULT_MAX_HEIGHT = 520;
/** Indent per nesting level in the label column, px. */
export const INDENT = 14;
