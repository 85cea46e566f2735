/**
 * The entry of the `luzhi` command line (built to `dist/cli.js`; `bin/luzhi.js` starts it).
 * Output goes line by line to stdout/stderr; the exit status is set, not forced, so that piped
 * output is flushed before the process ends.
 */
import { runCli } from './run-cli.js';

const write = (stream: NodeJS.WriteStream) => (line: string) => {
  stream.write(line + '\n');
};

// A reader that stops early (`luzhi simulate … | head`) is not an error of ours: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), { out: write(process.stdout), err: write(process.stderr) }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`luzhi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
