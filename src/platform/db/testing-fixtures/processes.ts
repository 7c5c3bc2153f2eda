/**
 * Helpers for tests that run Frontline as real OS processes (two migrators at once, a second process on a locked
 * data dir, SIGKILL in the middle of commits): what an operator does, not what a unit test can fake.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '../../paths.js';

export interface RunningProcess {
  child: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited (never rejects). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<RunningProcess>();

/** Starts `node <args>` in the project root with `env` added to (or, when undefined, removed from) this env. */
export function spawnNode(args: string[], env: Record<string, string | undefined> = {}): RunningProcess {
  const merged: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const child = spawn(process.execPath, args, { cwd: projectRoot, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const proc: RunningProcess = {
    child,
    pid: child.pid!,
    stdout: () => out,
    stderr: () => err,
    exited: new Promise((resolve) => {
      child.once('close', (code, signal) => {
        running.delete(proc);
        resolve({ code, signal });
      });
    }),
  };
  running.add(proc);
  return proc;
}

/** `node bin/frontline.mjs <command>`, exactly as an operator runs it. */
export function runFrontline(command: string, env: Record<string, string | undefined>): RunningProcess {
  return spawnNode([path.join('bin', 'frontline.mjs'), command], env);
}

/** Runs a TypeScript fixture under tsx in its own process. */
export function runTsFixture(file: string, env: Record<string, string | undefined>): RunningProcess {
  return spawnNode(['--import', 'tsx', file], env);
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function describeExit(proc: RunningProcess, what: string): Error {
  return new Error(`${what}: process ${proc.pid} exited early.\nstdout:\n${proc.stdout()}\nstderr:\n${proc.stderr()}`);
}

/** Waits until `url` answers 200, failing fast if the process dies first. Returns the last response body. */
export async function waitForReady(proc: RunningProcess, url: string, timeoutMs = 60_000): Promise<unknown> {
  let exited = false;
  void proc.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw describeExit(proc, `waiting for ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return res.json();
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms.\nstderr:\n${proc.stderr()}`);
}

/** Waits until the process's stdout satisfies `done`, failing fast if it exits first. */
export async function waitForStdout(
  proc: RunningProcess,
  done: (stdout: string) => boolean,
  timeoutMs = 30_000,
): Promise<string> {
  let exited = false;
  void proc.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (done(proc.stdout())) return proc.stdout();
    if (exited) throw describeExit(proc, 'waiting for output');
    await sleep(25);
  }
  throw new Error(`Timed out waiting for output.\nstdout:\n${proc.stdout()}\nstderr:\n${proc.stderr()}`);
}

/** Sends `signal`, and SIGKILL if the process has not exited after `graceMs`. */
export async function stopProcess(proc: RunningProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 15_000) {
  if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill(signal);
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs);
  try {
    return await proc.exited;
  } finally {
    clearTimeout(timer);
  }
}

/** For afterEach/afterAll: kills whatever a failed test left running. */
export async function killLeftovers(): Promise<void> {
  await Promise.all([...running].map((proc) => stopProcess(proc, 'SIGKILL', 1_000)));
}
