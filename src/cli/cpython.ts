/**
 * Runs the catalogue's programs, as the code panel shows and copies them, on a real CPython against
 * tools/slow_server.py (the tutorial's slow endpoint). Node only: CI's check of the programs and the
 * fidelity bench use it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ENDPOINT, COST_TIME } from '../strategies/pythonProgram';

const ROOT = resolve(import.meta.dirname, '../..');
export const SLOW_SERVER = join(ROOT, 'tools/slow_server.py');

/**
 * Debian's own interpreter: Debian's python3-aiohttp and python3-requests serve it, not necessarily the first
 * `python3` on PATH (a pyenv one, say). `AWAITLINE_PYTHON` names another.
 */
export const SYSTEM_PYTHON = process.env.AWAITLINE_PYTHON ?? '/usr/bin/python3';

export type PythonCheck =
  { readonly ok: true; readonly version: string } | { readonly ok: false; readonly reason: string };

/** Whether `python` runs and imports `modules`; the reason when not, in words for a test report. */
export function checkPython(python: string, modules: readonly string[]): PythonCheck {
  const code = `import sys\n${modules.map((m) => `import ${m}`).join('\n')}\nprint(sys.version.split()[0])`;
  const run = spawnSync(python, ['-c', code], { encoding: 'utf8', timeout: 20_000 });
  if (run.error) return { ok: false, reason: `${python} does not run (${run.error.message})` };
  if (run.status !== 0) {
    const last = run.stderr.trim().split('\n').at(-1) ?? '';
    return { ok: false, reason: `${python} cannot import ${modules.join(', ')}: ${last}` };
  }
  return { ok: true, version: run.stdout.trim() };
}

export interface SlowServer {
  readonly port: number;
  readonly stop: () => void;
}

/** Starts tools/slow_server.py on a free port (the system picks it) and resolves once it listens. */
export function startSlowServer(python: string = SYSTEM_PYTHON): Promise<SlowServer> {
  const child = spawn(python, [SLOW_SERVER, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolveServer, reject) => {
    let out = '';
    let err = '';
    const fail = (why: string) => {
      child.kill();
      reject(new Error(`slow_server.py did not start: ${why}`));
    };
    const timer = setTimeout(() => fail(`no answer in 20 s${err ? `: ${err}` : ''}`), 20_000);
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (e) => fail(e.message));
    child.on('exit', (code) => fail(`exited with ${code}: ${err}`));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const port = /http:\/\/[^:]+:(\d+)\//.exec(out)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolveServer({ port: Number(port), stop: () => child.kill('SIGTERM') });
    });
  });
}

/** The program with the endpoint on `port` instead of the tutorial's 5000 (its only difference). */
export function onPort(program: string, port: number): string {
  const parts = program.split(ENDPOINT);
  if (parts.length !== 2)
    throw new Error(`the program names ${ENDPOINT} ${parts.length - 1} times, not once`);
  return parts.join(ENDPOINT.replace(':5000/', `:${port}/`));
}

export interface ProgramRun {
  /** The process's exit code (null when it was killed at the timeout). */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** What the program printed as its `Cost time`, ms; null when it printed none. */
  readonly costMs: number | null;
}

/** Runs `program` from a file of its own (process pools re-import it in their workers) and reads its makespan. */
export function runProgram(
  program: string,
  { python = SYSTEM_PYTHON, timeoutMs = 60_000 }: { python?: string; timeoutMs?: number } = {},
): ProgramRun {
  const dir = mkdtempSync(join(tmpdir(), 'awaitline-program-'));
  try {
    const file = join(dir, 'program.py');
    writeFileSync(file, program);
    const run = spawnSync(python, [file], { cwd: dir, encoding: 'utf8', timeout: timeoutMs });
    const cost = COST_TIME.exec(run.stdout ?? '');
    return {
      status: run.status,
      stdout: run.stdout ?? '',
      stderr: run.stderr ?? '',
      costMs: cost ? Number(cost[1]) * 1000 : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Compiles `program` with py_compile (for what cannot run here, e.g. aiomultiprocess): null, or the error. */
export function compileProgram(program: string, python: string = SYSTEM_PYTHON): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'awaitline-compile-'));
  try {
    const file = join(dir, 'program.py');
    writeFileSync(file, program);
    const run = spawnSync(python, ['-m', 'py_compile', file], { encoding: 'utf8', timeout: 20_000 });
    return run.status === 0 ? null : run.stderr.trim() || `py_compile exited with ${run.status}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
