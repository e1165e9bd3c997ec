/** Height of each companion chart's plot area, px (with a little headroom for the top line). */
export const CHART_HEIGHT = 58;
/** Extra height of the lower chart for its time axis, px. */
export const TIME_AXIS_HEIGHT = 24;
/** Both charts and the gap between them, px. */
export const CHARTS_HEIGHT = 2 * CHART_HEIGHT + TIME_AXIS_HEIGHT + 2;
