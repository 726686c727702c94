// The archive figures: `threadwright check` over 10,000 generated posts, next to markdownlint-cli2 (default
// rules) on the same files, each as its own process: wall time and peak resident memory.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArchive } from './generateArchive';

const ARCHIVE_POSTS = 10_000;

/** How one run went: seconds from start to exit and the largest resident set seen, in MB. */
interface RunFigures {
  seconds: number;
  peakMB: number;
}

/** The process's peak resident set (VmHWM, which only grows), or 0 where /proc is not there. */
function peakResidentMB(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? 0 : Number(match[1]) / 1024;
  } catch {
    return 0;
  }
}

/** Runs a command to its end with its output discarded, sampling its peak memory every 20 ms. */
function measure(args: string[], cwd: string): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: 'ignore' });
    let peakMB = 0;
    const timer = setInterval(() => (peakMB = Math.max(peakMB, peakResidentMB(child.pid!))), 20);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - start) / 1000, peakMB });
    });
  });
}

/** Generates the archive, checks it with both tools, and removes it. */
export async function archiveFigures(root: string) {
  const site = mkdtempSync(join(tmpdir(), 'threadwright-archive-'));
  try {
    writeArchive(site, ARCHIVE_POSTS);
    const threadwright = await measure([join(root, 'dist', 'cli.js'), 'check', '--format', 'json', 'posts/**/*.md'], site);
    const markdownlint = await measure([join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), 'posts/**/*.md'], site);
    return {
      archivePosts: ARCHIVE_POSTS,
      archiveCheckS: threadwright.seconds,
      archivePeakMB: threadwright.peakMB,
      markdownlintCli2S: markdownlint.seconds,
      markdownlintCli2PeakMB: markdownlint.peakMB,
      archiveRatio: threadwright.seconds / markdownlint.seconds,
    };
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}
