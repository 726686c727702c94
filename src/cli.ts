import { isCheckWorker, serveCheckBatches } from './cli/checkRunner';
import { chooseLanguage, takeLocaleOption, useLanguage } from './cli/l10n';
import { main } from './cli/main';
import { processTerminal } from './cli/output';

// Check's worker threads get the same command line, so they speak the same language.
const { locale, rest } = takeLocaleOption(process.argv.slice(2));
useLanguage(chooseLanguage(locale, process.env));

if (isCheckWorker()) {
  // This bundle also runs as `check`'s worker threads, which take batches of files from the main thread.
  serveCheckBatches();
} else {
  // A reader that closes the pipe early (`threadwright check … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

  main(rest, processTerminal(), process.cwd()).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`threadwright: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
