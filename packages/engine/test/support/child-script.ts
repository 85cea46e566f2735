import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** How a child script ended. */
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** A test script running in a process of its own, talked to by lines on stdin and stdout. */
export interface ChildScript {
  readonly process: ChildProcess;
  /** The next line the child printed; rejects, with the child's stderr, when it ends first. */
  nextLine(): Promise<string>;
  /** Every line the child printed and no one has read yet, once its stdout has closed. */
  rest(): Promise<string[]>;
  /** Writes one line to the child's stdin. */
  send(line: string): void;
  /** Closes the child's stdin: a script reading lines from it ends when they run out. */
  end(): void;
  readonly exited: Promise<ChildExit>;
}

const engineRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts `test/support/<script>` in a new Node.js process that runs the TypeScript sources (the
 * `@luzhi/source` condition, tsx), with `args` as its arguments.
 */
export function startChildScript(script: string, args: readonly string[]): ChildScript {
  const child = spawn(process.execPath, ['--conditions=@luzhi/source', '--import', 'tsx', `test/support/${script}`, ...args], {
    cwd: engineRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  const lines: string[] = [];
  const waiting: Array<{ resolve: (line: string) => void; reject: (error: Error) => void }> = [];
  let closed = false;
  const closedOut = new Promise<void>((resolve) => {
    const reader = createInterface({ input: child.stdout! });
    reader.on('line', (line) => {
      const waiter = waiting.shift();
      if (waiter) waiter.resolve(line);
      else lines.push(line);
    });
    reader.once('close', () => {
      closed = true;
      resolve();
      void exited.then((exit) => {
        const error = new Error(`${script} ended (code ${exit.code}, signal ${exit.signal}) before printing a line:\n${exit.stderr}`);
        for (const waiter of waiting.splice(0)) waiter.reject(error);
      });
    });
  });
  return {
    process: child,
    nextLine() {
      const line = lines.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (closed) {
        return exited.then((exit) => {
          throw new Error(`${script} ended (code ${exit.code}, signal ${exit.signal}) before printing a line:\n${exit.stderr}`);
        });
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    async rest() {
      await closedOut;
      return lines.splice(0);
    },
    send(line) {
      child.stdin!.write(`${line}\n`);
    },
    end() {
      child.stdin!.end();
    },
    exited,
  };
}
