import type { StrategyId } from '../../trace/scenario';
import { STRATEGIES } from '../../strategies';

/** What a key does in the page: toggle presentation, step to the next or previous strategy, leave, or nothing. */
export type PresentAction = 'toggle' | 'next' | 'previous' | 'leave' | null;

const TEXT_INPUT = /^(text|search|number|email|url|tel|password)$/;

/** Whether a key press belongs to a field or dialog (letters when typing; arrows too in sliders and radios). */
export function ownsKeys(target: EventTarget | null, arrows: boolean): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]')) return true;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return TEXT_INPUT.test(target.type) || (arrows && (target.type === 'range' || target.type === 'radio'));
}

/**
 * The action for a key: `p` toggles; while presenting, ←/→ and Page Up/Down (what clickers send) step through
 * the strategies (only where a strategy is shown: `canStep`, the Explore tab), Escape leaves. Modified keys and
 * keys a focused field needs do nothing.
 */
export function presentAction(event: KeyboardEvent, presenting: boolean, canStep = true): PresentAction {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (ownsKeys(event.target, event.key !== 'p' && event.key !== 'P')) return null;
  if (event.key === 'p' || event.key === 'P') return 'toggle';
  if (!presenting) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return canStep ? 'next' : null;
    case 'ArrowLeft':
    case 'PageUp':
      return canStep ? 'previous' : null;
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}

/** The strategy `step` places away in the catalogue's order, wrapping around. */
export function stepStrategy(current: StrategyId, step: 1 | -1): StrategyId {
  const index = STRATEGIES.findIndex((s) => s.id === current);
  return STRATEGIES[(index + step + STRATEGIES.length) % STRATEGIES.length].id;
}
