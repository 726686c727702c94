// Test entry for the Node extension host (code-server, desktop VS Code): the index @vscode/test-electron expects.
import Mocha from 'mocha';
import { reportResults } from '../results';

/** Called by VS Code's test runner inside the Node extension host. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: 20_000, color: false });
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  await import('../suite/index');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      reportResults(runner.stats?.passes ?? 0, failures);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
