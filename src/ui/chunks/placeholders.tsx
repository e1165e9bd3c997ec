import { useLayoutEffect, useSyncExternalStore, type ReactNode } from 'react';

/**
 * How many placeholders are on screen: the fallbacks shown while a part of the page (a screen, the code editor,
 * the highlighter, a dialog) waits for its chunk. The idle signal waits for none to be left: a loaded chunk is
 * not yet a drawn part, since React 19 keeps a fallback up for at least 300 ms before it reveals what replaced
 * it, so a signal that only awaited the chunks said "idle" over a blank Live screen or a plain code block.
 */
let shown = 0;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** Counts the calling component as a placeholder for as long as it is mounted. */
export function usePlaceholder(): void {
  useLayoutEffect(() => {
    shown += 1;
    notify();
    return () => {
      shown -= 1;
      notify();
    };
  }, []);
}

/** A fallback's content, counted as a placeholder: `<Suspense fallback={<Placeholder>…</Placeholder>}>`. */
export function Placeholder({ children = null }: { readonly children?: ReactNode }) {
  usePlaceholder();
  return children;
}

/** The number of placeholders on screen now. */
export const usePlaceholdersShown = (): number =>
  useSyncExternalStore(
    subscribe,
    () => shown,
    () => shown,
  );
