/** Pattern ids of one chart (ids are per instance so two charts on a page do not share them). */
export interface PatternIds {
  readonly hatch: string;
  readonly startup: string;
  readonly dots: string;
  readonly stripes: string;
}

export function patternIds(uid: string): PatternIds {
  const base = `gantt${uid.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return {
    hatch: `${base}-hatch`,
    startup: `${base}-startup`,
    dots: `${base}-dots`,
    stripes: `${base}-stripes`,
  };
}

/** Patterns that make blocked, start-up, queued and callbacks readable without colour. */
export function GanttDefs({ ids }: { ids: PatternIds }) {
  return (
    <defs>
      <pattern
        id={ids.hatch}
        width="5"
        height="5"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect className="gantt-pat gantt-pat--hatch" width="2" height="5" />
      </pattern>
      <pattern
        id={ids.startup}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <rect className="gantt-pat gantt-pat--startup" width="2.5" height="6" />
      </pattern>
      <pattern id={ids.stripes} width="4" height="4" patternUnits="userSpaceOnUse">
        <rect className="gantt-pat gantt-pat--stripes" width="1.5" height="4" />
      </pattern>
      <pattern id={ids.dots} width="4" height="4" patternUnits="userSpaceOnUse">
        <circle className="gantt-pat gantt-pat--dots" cx="2" cy="2" r="1" />
      </pattern>
    </defs>
  );
}
