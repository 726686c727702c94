// Starts Threadwright as writers get it: the packaged .vsix installed in a real VS Code (code-server), on
// examples/ or on the folder given (`npm start -- ~/my-blog`), saving to disk, until Ctrl+C.
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { installVsix, startCodeServer, writePlainUserSettings } from '../test/hosts/codeServerHost.mjs';
import { CACHE, ROOT } from '../test/hosts/paths.mjs';
import { packageVsix } from '../test/hosts/vsix.mjs';

const folder = resolve(process.argv[2] ?? join(ROOT, 'examples'));
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`Threadwright: ${folder} is not a folder. Give the folder of your blog: npm start -- ~/my-blog`);
  process.exit(2);
}
const port = Number(process.env.THREADWRIGHT_PORT ?? 3000);
// Kept between runs, like a real editor's profile: settings, window state, the installed extension.
const profile = process.env.THREADWRIGHT_PROFILE ?? join(CACHE, 'start');
installVsix(profile, packageVsix('start'));
writePlainUserSettings(profile);
const password = process.env.THREADWRIGHT_PASSWORD ?? randomBytes(9).toString('base64url');
const server = await startCodeServer({ workspace: folder, port, scratch: profile, password });

console.log(`
Threadwright is running in VS Code (code-server) with ${folder} open; edits are saved to disk.

  Open      ${server.origin}/?folder=${encodeURIComponent(folder)}
  Password  ${password}

Open a Markdown post (Ctrl+P) to see its counts; stop with Ctrl+C.`);

const stop = () => {
  server.dispose();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
