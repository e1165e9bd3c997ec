/** Width of the row-label column of the Gantt; companion charts use it as their left margin so time axes align. */
export const GANTT_LABEL_WIDTH = 150;
/** Right padding of the plot area, shared with the companion charts. */
export const GANTT_RIGHT_PAD = 16;
