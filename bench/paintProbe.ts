/**
 * An in-page probe for the frame benches: when does the picture of a user's change reach the screen?
 *
 * The app sets the user-timing mark `awaitline:drawn` (src/app/IdleRoot.tsx) in the commit that puts a new trace
 * into the explorer's panels with its figures (a large trace's summary follows its bars: the mark waits for it). The probe wraps `performance.mark` so it sees that mark synchronously, then waits for
 * the next animation frame and a message posted from it: that message runs once the frame holding the commit has
 * been painted. The clock starts at the user's input reaching the page (a keydown, or a file input's change).
 */
import type { Page } from '@playwright/test';

const DRAWN_MARK = 'awaitline:drawn';

interface Probe {
  /** Starts the clock at the next keydown; `painted()` then resolves to ms from it to the picture painted. */
  armKey(): void;
  /** Starts the clock at the next `change` event (a file chosen). */
  armChange(): void;
  painted(): Promise<number>;
  /** Records every animation frame's time until `stopFrames`. */
  startFrames(): void;
  stopFrames(): number[];
  /** How many times a new trace was committed since `startFrames`. */
  drawnCount(): number;
}

declare global {
  interface Window {
    __probe: Probe;
  }
}

/** The page side; serialised into the page by `addInitScript`, so it must not close over anything. */
function probe(mark: string) {
  let t0 = Infinity;
  let armed = false;
  let waiter: ((ms: number) => void) | null = null;
  let result: number | null = null;
  let frames: number[] = [];
  let recording = false;
  let drawn = 0;
  const afterPaint = (then: (t: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  const original = performance.mark.bind(performance);
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    const entry = original(name, options);
    if (name === mark) {
      drawn++;
      if (armed && Number.isFinite(t0)) {
        armed = false;
        const start = t0;
        afterPaint((t) => {
          result = t - start;
          waiter?.(result);
        });
      }
    }
    return entry;
  };
  const arm = (type: 'keydown' | 'change') => {
    t0 = Infinity;
    result = null;
    waiter = null;
    armed = true;
    document.addEventListener(type, () => (t0 = Math.min(t0, performance.now())), {
      capture: true,
      once: true,
    });
  };
  const tick = (t: number) => {
    if (!recording) return;
    frames.push(t);
    requestAnimationFrame(tick);
  };
  window.__probe = {
    armKey: () => arm('keydown'),
    armChange: () => arm('change'),
    painted: () =>
      new Promise<number>((resolve) => {
        if (result !== null) resolve(result);
        else waiter = resolve;
      }),
    startFrames: () => {
      frames = [];
      drawn = 0;
      recording = true;
      requestAnimationFrame(tick);
    },
    stopFrames: () => {
      recording = false;
      return frames;
    },
    drawnCount: () => drawn,
  };
}

export async function installPaintProbe(page: Page): Promise<void> {
  // As source text: tsx may wrap named functions in a `__name` helper that the page lacks; define it there.
  await page.addInitScript({
    content: `globalThis.__name = (f) => f; (${probe.toString()})(${JSON.stringify(DRAWN_MARK)});`,
  });
}

/** Waits for the app's idle signal: the run finished and its picture painted. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 120_000 });
}
