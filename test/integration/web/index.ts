// Test entry for VS Code for the Web: the extension host is a web worker, so mocha's browser build runs the suite.
import 'mocha/mocha';
import { reportResults } from '../results';

/** Called by VS Code's test runner inside the web worker extension host. */
export async function run(): Promise<void> {
  const shim = globalThis as { process?: unknown };
  shim.process ??= { env: {}, platform: 'browser', version: '', versions: {}, cwd: () => '/', nextTick: (fn: () => void) => setTimeout(fn, 0) };
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 90_000 });
  await import('../suite/index');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      reportResults(runner.stats?.passes ?? 0, failures);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
