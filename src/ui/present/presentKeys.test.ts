// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../strategies';
import { presentAction, stepStrategy } from './presentKeys';
import { presentScale } from './usePresentation';

const key = (k: string, target: EventTarget = document.body, extra: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...extra });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

describe('presentation keys', () => {
  it('p toggles; arrows, Page Up/Down and Escape act only while presenting', () => {
    expect(presentAction(key('p'), false)).toBe('toggle');
    expect(presentAction(key('ArrowRight'), false)).toBeNull();
    expect(presentAction(key('ArrowRight'), true)).toBe('next');
    expect(presentAction(key('PageDown'), true)).toBe('next');
    expect(presentAction(key('ArrowLeft'), true)).toBe('previous');
    expect(presentAction(key('PageUp'), true)).toBe('previous');
    expect(presentAction(key('Escape'), true)).toBe('leave');
    expect(presentAction(key('p', document.body, { ctrlKey: true }), false)).toBeNull();
  });

  it('on a tab with no one strategy (Compare, Scaling, Live) the arrows change nothing out of sight', () => {
    expect(presentAction(key('ArrowRight'), true, false)).toBeNull();
    expect(presentAction(key('PageUp'), true, false)).toBeNull();
    expect(presentAction(key('Escape'), true, false)).toBe('leave');
    expect(presentAction(key('p'), true, false)).toBe('toggle');
  });

  it('leaves fields their keys: typing p in a text box, arrows in a slider or radio', () => {
    const text = document.createElement('input');
    const slider = Object.assign(document.createElement('input'), { type: 'range' });
    const radio = Object.assign(document.createElement('input'), { type: 'radio' });
    expect(presentAction(key('p', text), false)).toBeNull();
    expect(presentAction(key('ArrowRight', slider), true)).toBeNull();
    expect(presentAction(key('ArrowLeft', radio), true)).toBeNull();
    expect(presentAction(key('p', radio), false)).toBe('toggle');
  });

  it('steps through the catalogue in order and wraps around', () => {
    const ids = STRATEGIES.map((s) => s.id);
    expect(stepStrategy(ids[0], 1)).toBe(ids[1]);
    expect(stepStrategy(ids[0], -1)).toBe(ids[ids.length - 1]);
    expect(stepStrategy(ids[ids.length - 1], 1)).toBe(ids[0]);
  });

  it('scales the page to the screen: 1 at 1280 × 720, 1.5 at 1920 × 1080, never below 1', () => {
    expect(presentScale(1280, 720)).toBe(1);
    expect(presentScale(1920, 1080)).toBe(1.5);
    expect(presentScale(1024, 600)).toBe(1);
    expect(presentScale(1920, 720)).toBe(1);
  });
});
