import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';

/** Whether something still listens on `port` (a server stopped a moment ago may not have let go yet). */
const inUse = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, 'localhost');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/**
 * Serves `outDir` with `vite preview` on `port` until `stop()`; resolves once it answers. `outDir` is dist/ unless
 * `BENCH_DIST=<dir>` names another build (one made before a change, for a before/after run of any browser bench).
 * `BENCH_PORT=<n>` in the environment serves on that port instead (the engineer's own port on a shared machine):
 * the benches then start one server at a time. A port still taken by something else is an error, never measured.
 */
export async function startPreview(
  requested: number,
  base = '/',
  outDir = process.env.BENCH_DIST ?? 'dist',
): Promise<{ url: string; stop: () => void }> {
  const port = Number(process.env.BENCH_PORT) || requested;
  for (let i = 0; i < 50 && (await inUse(port)); i++) await new Promise((r) => setTimeout(r, 100));
  // Something else still answering there (a server left by a crashed bench) would be measured in place of outDir.
  if (await inUse(port))
    throw new Error(
      `port ${port} is still taken: stop what serves it (e.g. a stale vite preview) and run again`,
    );
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
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  for (let i = 0; i < 100 && exited === null; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (exited === null) stop();
  throw new Error(
    exited === null
      ? `vite preview did not answer on ${url}`
      : `vite preview of ${outDir} exited (${exited})`,
  );
}
