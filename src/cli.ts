import { isCheckWorker, serveCheckBatches } from './cli/checkRunner';
import { main } from './cli/main';
import { processTerminal } from './cli/output';

if (isCheckWorker()) {
  // This bundle also runs as `check`'s worker threads, which take batches of files from the main thread.
  serveCheckBatches();
} else {
  // A reader that closes the pipe early (`threadwright check … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

  main(process.argv.slice(2), processTerminal(), process.cwd()).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`threadwright: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
