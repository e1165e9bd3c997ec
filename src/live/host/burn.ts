/** Spins this thread for `ms` of wall time: real CPU work that nothing else on the thread can interrupt. */
export function burn(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy: the point is to hold the thread
  }
}

/** The GIL's switch interval: a thread holding it drops it after this long when another thread asks. */
export const SWITCH_INTERVAL_MS = 5;

/** Lets this thread's event loop deliver messages between slices, without setTimeout's 4 ms clamp. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
