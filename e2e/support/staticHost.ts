import type { Frame, FrameLocator, Page } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './test';
import { startStaticServer, type StaticServer } from './staticServer';

// `dist/` copied under a course's sub-path on a plain static host, as a teacher would upload it.
export const SUB_PATH = '/course/week3/awaitline/';
export const EMBED_QUERY = '?v=1&embed=1&controls=tasks,latency&strategy=asyncio-gather&tasks=12';
// Threads doing blocking requests: the case that needs the service worker, or its emulation without one.
export const LIVE_QUERY = '?tab=live&strategy=thread-pool&tasks=6&latency=400&workers=3';
// The catalogue's own program, as the editor shows it: 6 aiohttp requests of 1 s, run on CPython in the page.
export const PYTHON_QUERY = '?strategy=asyncio-gather&tasks=6&latency=1000&jitter=0';

const PARENT_PAGE = (
  src: string,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Course page on another site</title></head><body style="margin:0"><main style="max-width:768px;margin:0 auto">
<h1>Week 3</h1><iframe id="awaitline" src="${src}" title="Awaitline" style="width:100%;height:300px;border:0"></iframe></main>
<script>
  window.heights = [];
  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'awaitline:height') return;
    window.heights.push({ height: data.height, origin: event.origin });
    document.getElementById('awaitline').style.height = data.height + 'px';
  });
</script></body></html>`;

/** `dist/` served from a temporary root under `SUB_PATH`, with the parent pages of the cross-site cases. */
export interface StaticHost {
  /** The server (set once the spec's `beforeAll` has run). */
  readonly server: StaticServer;
  /** The URL of `path` on this host under the name `host` (`localhost` and `127.0.0.1` are two sites). */
  at(host: string, path: string): string;
}

/** Copies `dist/` under `SUB_PATH` and serves it for the calling spec's tests (its `beforeAll` and `afterAll`). */
export function hostDistUnderSubPath(): StaticHost {
  let root = '';
  let server: StaticServer | undefined;
  const pages = new Map<string, string>();
  const host: StaticHost = {
    get server() {
      if (server === undefined) throw new Error('the static host is not started yet');
      return server;
    },
    at: (name, path) => `http://${name}:${host.server.port}${path}`,
  };
  test.beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'awaitline-host-'));
    await cp(resolve('dist'), join(root, SUB_PATH), { recursive: true });
    server = await startStaticServer(root, pages);
    const at = host.at;
    pages.set('/parent.html', PARENT_PAGE(at('localhost', `${SUB_PATH}${EMBED_QUERY}`)));
    pages.set(
      '/python-parent.html',
      PARENT_PAGE(at('localhost', `${SUB_PATH}${PYTHON_QUERY}`)).replace('height:300px', 'height:1400px'),
    );
    pages.set(
      '/live-parent.html',
      PARENT_PAGE(at('localhost', `${SUB_PATH}${LIVE_QUERY}`)).replace('height:300px', 'height:1400px'),
    );
  });
  test.afterAll(async () => {
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });
  return host;
}

export const idle = (page: Page | Frame) =>
  page.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 20_000 });

/** Runs live in `scope` (the page or the embedded frame) and returns live ÷ simulated makespan. */
export async function runLive(scope: Page | FrameLocator): Promise<number> {
  await scope.getByTestId('live-run').click();
  const fidelity = scope.getByTestId('live-fidelity');
  await fidelity.waitFor({ timeout: 30_000 });
  await scope.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 30_000 });
  return Number(await fidelity.getAttribute('data-ratio'));
}

/**
 * Runs the editor's program (unedited: the strategy's own, as copied) on CPython in `scope` and checks the
 * recording: drawn, of the catalogue's shape, beside the model at about its makespan, its Cost time printed.
 */
export async function runPython(scope: Page | FrameLocator): Promise<void> {
  await scope.getByTestId('program-run').click();
  const outcome = scope.getByTestId('program-outcome');
  await outcome.waitFor({ timeout: 150_000 });
  await expect(outcome).toHaveAttribute('data-kind', 'drawn');
  await expect(scope.getByTestId('program-match')).toHaveAttribute('data-matched', 'true');
  const ratio = Number(await scope.getByTestId('fidelity').getAttribute('data-ratio'));
  expect(ratio).toBeGreaterThan(0.95);
  expect(ratio).toBeLessThan(1.2);
  await expect(scope.getByTestId('program-output')).toContainText(/Cost time: 1\.0\d\d s/);
  await expect(scope.locator('.timeline-panel').getByText('fetch() 6')).toBeVisible();
  // The controls now follow the matched scenario, and the editor still shows the program as it ran.
  await expect(scope.locator('.python-editor .cm-content')).toContainText('N = 6');
  await expect(scope.locator('.python-editor .cm-content')).toContainText('LIMIT = 100');
}
