// Test entry for the Node extension host (code-server, desktop VS Code): the index @vscode/test-electron expects.
import Mocha from 'mocha';
import { reportResults } from '../results';

/** Called by VS Code's test runner inside the Node extension host. */
export async function run(): Promise<void> {
  // The Node host swallows unhandled rejections without telling the page; count them here.
  const rejections: unknown[] = [];
  process.on('unhandledRejection', (reason) => rejections.push(reason));
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: 90_000, color: false });
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  await import('../suite/index');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((testFailures) => {
      rejections.forEach((reason) => console.error(`Unhandled rejection in the extension host: ${String(reason)}`));
      const failures = testFailures + (rejections.length > 0 ? 1 : 0);
      reportResults(runner.stats?.passes ?? 0, failures);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
