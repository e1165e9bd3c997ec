/**
 * Runs `work` once `element` is on screen, after the frame now being drawn has been painted: an
 * IntersectionObserver delivers its first answer after that frame, and a later one when the element is scrolled
 * (or unfolded) into view. Returns a cancel. Work a reader cannot see yet (the code panel below the fold) then
 * never delays the picture the user is changing, and is done by the time they look.
 * Without IntersectionObserver (jsdom in unit tests) the work runs at once.
 * @example useEffect(() => whenOnScreen(host, () => editor.setValue(value)), [value]);
 */
export function whenOnScreen(element: Element, work: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    work();
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    work();
  });
  observer.observe(element);
  return () => observer.disconnect();
}
