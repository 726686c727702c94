// Starts a real VS Code for the Web on localhost with Threadwright loaded and examples/ open.
import { execFileSync } from 'node:child_process';
import { ROOT } from '../test/hosts/paths.mjs';
import { freshWorkspace } from '../test/hosts/integration.mjs';
import { startWebHost } from '../test/hosts/webHost.mjs';

const port = Number(process.env.PORT ?? 3000);
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', cwd: ROOT });
const workspace = freshWorkspace('start');
const server = await startWebHost({ workspace, port });
// VS Code for the Web opens the file named by the `openFile` payload entry of the URL.
const payload = [['openFile', 'vscode-test-web://mount/financial-pressures.md'], ['skipWelcome', 'true']];
const url = `${server.url}?payload=${encodeURIComponent(JSON.stringify(payload))}`;
console.log(`\nThreadwright is running in VS Code for the Web, with examples/ open. Open this URL in your browser:\n\n  ${url}\n`);
console.log('Press Ctrl+C to stop.');
process.on('SIGINT', async () => {
  await server.dispose();
  process.exit(0);
});
