// Starts VS Code for the Web (the web worker extension host, as on vscode.dev) with Threadwright loaded from
// this checkout and a copy of examples/ open, for checking the web build; files are kept in memory only.
import { execFileSync } from 'node:child_process';
import { ROOT } from '../test/hosts/paths.mjs';
import { freshWorkspace } from '../test/hosts/integration.mjs';
import { startWebHost } from '../test/hosts/webHost.mjs';

const port = Number(process.env.THREADWRIGHT_WEB_PORT ?? 3001);
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', cwd: ROOT });
const workspace = freshWorkspace('start-web');
const server = await startWebHost({ workspace, port });
// VS Code for the Web opens the file named by the `openFile` payload entry of the URL.
const payload = [['openFile', 'vscode-test-web://mount/financial-pressures.md'], ['skipWelcome', 'true']];
const url = `${server.url}?payload=${encodeURIComponent(JSON.stringify(payload))}`;
console.log(`
Threadwright is running in VS Code for the Web (web worker extension host) with a copy of examples/ open.
Saves stay in memory. Open:

  ${url}

The thread preview is a webview, which VS Code for the Web serves from another origin: it shows only when the
browser allows third-party cookies for localhost (Chrome: Settings › Privacy and security › Third-party cookies ›
Allowed to use third-party cookies › add [*.]localhost). Stop with Ctrl+C.`);
process.on('SIGINT', async () => {
  await server.dispose();
  process.exit(0);
});
