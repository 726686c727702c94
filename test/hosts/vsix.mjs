// Packages the extension as writers install it: production bundles in a .vsix, as `npm run package` does.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, ROOT } from './paths.mjs';

/** Builds the production bundles and packages them into `.vscode-test/<folder>/threadwright.vsix`; returns its path. */
export function packageVsix(folder = 'e2e') {
  const out = join(CACHE, folder);
  mkdirSync(out, { recursive: true });
  const vsix = join(out, 'threadwright.vsix');
  execFileSync('node', ['scripts/build.mjs', '--production'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--out', vsix], { cwd: ROOT, stdio: 'pipe' });
  return vsix;
}
