import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/luzhi.js', import.meta.url));

/** What a run of `luzhi` printed, each line ending in a newline, and its exit status. */
export interface LuzhiRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `luzhi` as a user does, in a Node process of its own (from the sources), in the package folder. */
export function luzhiProcess(...args: string[]): Promise<LuzhiRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: packageDir, env: { ...process.env, LUZHI_CLI_SOURCE: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs `luzhi` in this process through {@link runCli}, collecting what it prints as a process would. */
export async function luzhiInProcess(...args: string[]): Promise<LuzhiRun & { status: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, stdout: out.map((line) => `${line}\n`).join(''), stderr: err.map((line) => `${line}\n`).join('') };
}
