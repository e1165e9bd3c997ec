import { spawn, type ChildProcess } from 'node:child_process';

/** Serves `outDir` (dist/ by default) with `vite preview` on `port` until `stop()`; resolves once it answers. */
export async function startPreview(
  port: number,
  base = '/',
  outDir = 'dist',
): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--base', base, '--outDir', outDir],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const url = `http://localhost:${port}${base}`;
  const stop = () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}
