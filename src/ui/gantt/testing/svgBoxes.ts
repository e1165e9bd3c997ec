/**
 * Boxes of drawn SVG elements in their root SVG's coordinates, read from attributes (jsdom has no layout): rects,
 * lines and paths (M/L/H/V/Z/A/C/Q, absolute and relative), under `translate()` transforms. For tests only.
 */
export interface Box {
  readonly el: Element;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);

/** The summed `translate(x y)` of `el` and its ancestors up to `root`. */
function offsetOf(el: Element, root: Element): [number, number] {
  let x = 0;
  let y = 0;
  for (let n: Element | null = el; n !== null && n !== root; n = n.parentElement) {
    const m = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(n.getAttribute('transform') ?? '');
    if (m) {
      x += Number(m[1]);
      y += Number(m[2]);
    }
  }
  return [x, y];
}

/** The box of a path's points (arcs and curves by their end and control points: enough for bars and glyphs). */
export function pathBox(d: string): [number, number, number, number] | null {
  const tokens = d.match(/[a-zA-Z]|-?[\d.]+(?:e-?\d+)?/g) ?? [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  const xs: number[] = [];
  const ys: number[] = [];
  let cmd = '';
  let i = 0;
  const next = () => Number(tokens[i++]);
  const at = (nx: number, ny: number) => {
    x = nx;
    y = ny;
    xs.push(x);
    ys.push(y);
  };
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i])) cmd = tokens[i++];
    const rel = cmd === cmd.toLowerCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    switch (cmd.toUpperCase()) {
      case 'M':
        at(ox + next(), oy + next());
        sx = x;
        sy = y;
        if (cmd === 'm') cmd = 'l';
        else cmd = 'L';
        break;
      case 'L':
      case 'T':
        at(ox + next(), oy + next());
        break;
      case 'H':
        at(ox + next(), y);
        break;
      case 'V':
        at(x, oy + next());
        break;
      case 'C':
        for (let k = 0; k < 2; k++) {
          xs.push(ox + next());
          ys.push(oy + next());
        }
        at(ox + next(), oy + next());
        break;
      case 'S':
      case 'Q':
        xs.push(ox + next());
        ys.push(oy + next());
        at(ox + next(), oy + next());
        break;
      case 'A': {
        const rx = next();
        const ry = next();
        i += 3;
        const ex = ox + next();
        const ey = oy + next();
        // An arc stays within its radii of both ends.
        xs.push(x - rx, x + rx, ex - rx, ex + rx);
        ys.push(y - ry, y + ry, ey - ry, ey + ry);
        at(ex, ey);
        break;
      }
      case 'Z':
        at(sx, sy);
        break;
      default:
        return null;
    }
  }
  if (xs.length === 0) return null;
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  return [x0, y0, Math.max(...xs) - x0, Math.max(...ys) - y0];
}

/**
 * Every rect, line and path drawn in `svg`, as boxes in the SVG's coordinates. A path gives one box per sub-path
 * that starts with an absolute `M` (the Gantt draws many rows' bars as one path), else one box.
 */
export function svgBoxes(svg: SVGSVGElement): Box[] {
  const out: Box[] = [];
  for (const el of svg.querySelectorAll('rect, line, path')) {
    let boxes: ([number, number, number, number] | null)[];
    if (el.tagName === 'rect') boxes = [[num(el, 'x'), num(el, 'y'), num(el, 'width'), num(el, 'height')]];
    else if (el.tagName === 'line') {
      const [x1, x2, y1, y2] = [num(el, 'x1'), num(el, 'x2'), num(el, 'y1'), num(el, 'y2')];
      boxes = [[Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)]];
    } else boxes = (el.getAttribute('d') ?? '').split(/(?=M)/).map(pathBox);
    const [dx, dy] = offsetOf(el, svg);
    for (const box of boxes)
      if (box !== null) out.push({ el, x: box[0] + dx, y: box[1] + dy, w: box[2], h: box[3] });
  }
  return out;
}

/** Whether two boxes share any area (touching edges do not count). */
export const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
