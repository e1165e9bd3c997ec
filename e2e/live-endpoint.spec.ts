import { expect, test } from './support/test';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer, type StaticServer } from './support/staticServer';

// The slow endpoint's service worker must sit at the app's base wherever dist/ is served: at the root of
// `vite preview`, and under a course's sub-path on a plain static host. The Live tab's own e2e checks the
// answers; this checks that a browser can register the script at the base, with no help from the app.
const SUB_PATH = '/course/week3/awaitline/';

let root = '';
let server: StaticServer;
let installed = '';

test.beforeAll(async () => {
  installed = await readFile(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8');
  root = await mkdtemp(join(tmpdir(), 'awaitline-sw-'));
  await cp(resolve('dist'), join(root, SUB_PATH), { recursive: true });
  server = await startStaticServer(root);
});
test.afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

test('vite preview serves the installed msw service worker next to index.html', async ({ request }) => {
  const response = await request.get('mockServiceWorker.js');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^(text|application)\/javascript/);
  expect(await response.text()).toBe(installed);
});

test('under a sub-path, the page registers the service worker with the app base as its scope', async ({
  page,
}) => {
  const base = `http://localhost:${server.port}${SUB_PATH}`;
  const response = await page.request.get(`${base}mockServiceWorker.js`);
  expect(response.headers()['content-type']).toMatch(/^text\/javascript/);

  await page.goto(base);
  // The same URLs the app uses: the script and the scope are resolved against the page, not the host root.
  const registered = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.register(
      new URL('mockServiceWorker.js', document.baseURI),
      {
        scope: new URL('./', document.baseURI).href,
      },
    );
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    const result = { scope: registration.scope, script: worker?.scriptURL ?? null };
    await registration.unregister();
    return result;
  });
  expect(registered).toEqual({ scope: base, script: `${base}mockServiceWorker.js` });
  expect(server.requests.filter((p) => p.includes('mockServiceWorker'))).toEqual([
    `${SUB_PATH}mockServiceWorker.js`,
    `${SUB_PATH}mockServiceWorker.js`,
  ]);
});
