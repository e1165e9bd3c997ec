// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { figureSvg } from './exportFigure';
import { SVG_NS } from './svgText';

function chart(label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '200');
  svg.setAttribute('height', '40');
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('class', 'gantt-label');
  text.textContent = label;
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('fill', 'var(--state-running)');
  svg.append(rect, text);
  document.body.append(svg);
  return svg;
}

describe('figureSvg', () => {
  it('writes well-formed XML when a label holds control and direction characters (issue 14)', () => {
    const { text } = figureSvg({
      svgs: [chart('x\u0000nul\u0001ctrl\u000bvt \u202Eevil\u200f')],
      title: 'T\u0007\u2068',
      caption: 'N = 5',
      background: 'light',
      format: 'svg',
    });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(text).toContain('xnulctrlvt evil');
    expect(text).not.toMatch(
      // eslint-disable-next-line no-control-regex -- the characters the export must drop
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/,
    );
  });

  it('styles the copy with presentation attributes, never a style attribute (allowed by a strict CSP)', () => {
    const { text } = figureSvg({ svgs: [chart('task 1')], title: 'T', background: 'dark', format: 'svg' });
    expect(text).not.toContain('style=');
    expect(text).not.toContain('var(');
  });
});
