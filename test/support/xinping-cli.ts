import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

export const BIN = path.resolve(import.meta.dirname, '../../bin/xinping.js');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `xinping …` as a user would, with `input` on stdin; `killWhen` sees the output so far and may ask for a SIGKILL. */
export function runXinping(
  env: NodeJS.ProcessEnv,
  args: string[],
  options: { input?: string; killWhen?: (output: string) => boolean } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const check = () => {
      if (options.killWhen?.(stdout + stderr) && child.exitCode === null) child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      check();
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      check();
    });
    child.stdin.end(options.input ?? '');
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A long-running `xinping serve|start` child and its output. */
export interface RunningServer {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output(): string;
  /** SIGTERM, then the exit code (and how long the shutdown took). */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; milliseconds: number }>;
}

/** Starts `xinping <args>` and resolves once it prints its address (信评已启动). */
export async function startXinpingServer(env: NodeJS.ProcessEnv, args: string[]): Promise<RunningServer> {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.on('exit', () => reject(new Error(`xinping ${args.join(' ')} exited before listening:\n${output}`)));
    const look = () => {
      const match = /信评已启动：(http:\/\/[^\s]+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', look);
  });
  return {
    child,
    url,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      const started = performance.now();
      child.kill(signal);
      const code = await exited;
      return { code, milliseconds: performance.now() - started };
    },
  };
}
