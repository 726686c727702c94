import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { relativePosix } from './glob';

/** One `.gitignore` and the folder its patterns are relative to. */
interface IgnoreFile {
  folder: string;
  rules: Ignore;
}

/** Files larger than this are not `.gitignore` files anyone wrote; they are left unread. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

/**
 * Answers "would git ignore this file?" from the `.gitignore` files between the file and its repository's
 * root (the folder with `.git`), deeper files overriding shallower ones,
 * as git reads them. Each folder is read once however many posts it holds.
 */
export class GitIgnoreRules {
  private readonly chains = new Map<string, IgnoreFile[]>();

  /** True when a `.gitignore` excludes the file and no deeper one takes it back. */
  ignores(absolute: string): boolean {
    let ignored = false;
    for (const { folder, rules } of this.chainFor(dirname(absolute))) {
      const verdict = rules.test(relativePosix(folder, absolute));
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  /** The `.gitignore` files that govern a folder, shallowest first. */
  private chainFor(folder: string): IgnoreFile[] {
    const cached = this.chains.get(folder);
    if (cached !== undefined) return cached;
    const parent = dirname(folder);
    const atTop = existsSync(join(folder, '.git')) || parent === folder;
    const above = atTop ? [] : this.chainFor(parent);
    const own = readIgnoreFile(folder);
    const chain = own === undefined ? above : [...above, own];
    this.chains.set(folder, chain);
    return chain;
  }
}

function readIgnoreFile(folder: string): IgnoreFile | undefined {
  const path = join(folder, '.gitignore');
  try {
    const text = readFileSync(path, 'utf8');
    return text.length > MAX_GITIGNORE_BYTES ? undefined : { folder, rules: ignore().add(text) };
  } catch {
    return undefined;
  }
}
