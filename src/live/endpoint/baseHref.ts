/**
 * The app's base as an absolute URL ending in '/', e.g. `http://host/course/week3/awaitline/`.
 * With Vite's `base: './'`, BASE_URL is relative, so it is resolved against the page: this works wherever
 * dist/ was copied. Page-only (a worker's location is its script's): hand the result to workers by message.
 */
export function appBaseHref(): string {
  return new URL(import.meta.env.BASE_URL, document.baseURI).href;
}
