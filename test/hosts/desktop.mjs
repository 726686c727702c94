// Runs the integration suite in desktop VS Code with @vscode/test-electron, on machines that can download it.
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { freshMultiRootWorkspace } from './integration.mjs';
import { ROOT } from './paths.mjs';

try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out/test/integration/node/index.js'),
    launchArgs: [freshMultiRootWorkspace('desktop').workspaceFile, '--disable-extensions', '--skip-welcome'],
  });
} catch (error) {
  console.error(`Desktop VS Code tests failed or VS Code could not be downloaded: ${error.message ?? error}`);
  process.exit(1);
}
