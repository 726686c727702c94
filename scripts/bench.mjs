// `npm run bench`: builds the production bundles and the benchmark, then runs it with an exposed GC.
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

execFileSync('node', ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
await esbuild.build({
  entryPoints: ['bench/run.ts', 'bench/activation.ts'], outdir: 'out/bench', bundle: true, platform: 'node', format: 'cjs',
  target: 'es2022', packages: 'external', logLevel: 'warning',
});
execFileSync('node', ['--expose-gc', 'out/bench/run.js', ...process.argv.slice(2)], { stdio: 'inherit' });
