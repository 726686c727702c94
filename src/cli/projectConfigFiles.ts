import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseProjectConfig, PROJECT_CONFIG_FILE, type ProjectConfig } from '../core/config/projectConfig';
import { projectConfigSchemaProblems } from '../core/config/projectConfigSchema';
import type { Problem } from '../core/post/problem';
import { readPostFile } from './files';

/** A `.threadwright.json` read from disk: where it is, its text, and what the core made of it. */
export interface LoadedProjectConfig {
  /** As shown in messages: relative to the working folder. */
  path: string;
  /** The folder it sits in, which relative paths in it (`schema`) start from. */
  folder: string;
  text: string;
  config: ProjectConfig;
  problems: Problem[];
}

/** Config files are small; anything larger than this is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Finds the nearest `.threadwright.json` for each post, reading each file once however many posts share it. */
export class ProjectConfigFiles {
  private readonly byFolder = new Map<string, LoadedProjectConfig | undefined>();

  constructor(private readonly cwd: string) {}

  /** The config that governs a folder: the nearest `.threadwright.json` in it or any folder above it. */
  nearest(folder: string): LoadedProjectConfig | undefined {
    const visited: string[] = [];
    let current = folder;
    let found: LoadedProjectConfig | undefined;
    for (;;) {
      if (this.byFolder.has(current)) {
        found = this.byFolder.get(current);
        break;
      }
      visited.push(current);
      const candidate = join(current, PROJECT_CONFIG_FILE);
      if (existsSync(candidate)) {
        found = this.load(candidate, current);
        break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const path of visited) this.byFolder.set(path, found);
    return found;
  }

  private load(absolute: string, folder: string): LoadedProjectConfig {
    const path = relative(this.cwd, absolute) || PROJECT_CONFIG_FILE;
    const read = readPostFile(absolute, MAX_CONFIG_BYTES, '');
    if ('failure' in read) {
      return { path, folder, text: '', config: {}, problems: [{ code: 'config/syntax', severity: 'error', message: `Cannot read this file: ${read.failure}`, range: { start: 0, end: 0 } }] };
    }
    const { config, problems } = parseProjectConfig(read.text);
    // The shipped JSON Schema, through Ajv: CI refuses whatever VS Code's JSON validation squiggles.
    const unflagged = projectConfigSchemaProblems(read.text).filter((problem) => !problems.some((known) => known.range.start === problem.range.start));
    return { path, folder, text: read.text, config, problems: [...problems, ...unflagged] };
  }
}
