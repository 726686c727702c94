import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FrontMatterOptions } from '../core/frontMatter/check';
import { compileUserSchema, type UserSchema } from '../core/frontMatter/schema';
import type { WorkspaceFacts } from '../core/frontMatter/workspace';
import { readPostFile } from './files';
import type { PostOptions } from './postOptions';
import type { LoadedProjectConfig } from './projectConfigFiles';

/**
 * Gives the command line the same front matter checks as the editor: the preset and limits, the user
 * schema read as JSON (never run), and the disk as the workspace, rooted at the project file's folder.
 */
export class FrontMatterOptionsReader {
  private readonly schemas = new Map<string, UserSchema | { error: string }>();

  constructor(private readonly cwd: string) {}

  /** The options for one post, or the reason its schema cannot be used. */
  optionsFor(options: PostOptions, project: LoadedProjectConfig | undefined, postAbsolute: string | undefined): FrontMatterOptions | { error: string } {
    const { preset, schemaPath, schemaReplacesPreset, titleMaxLength, descriptionMaxLength } = options.frontMatter;
    const userSchema = schemaPath === undefined ? undefined : this.schema(schemaPath, schemaReplacesPreset);
    if (userSchema !== undefined && 'error' in userSchema) return userSchema;
    return { preset, userSchema, titleMaxLength, descriptionMaxLength, workspace: diskFacts(project?.folder ?? this.cwd, postAbsolute) };
  }

  private schema(path: string, replacesPreset: boolean): UserSchema | { error: string } {
    const key = `${replacesPreset}\n${path}`;
    let schema = this.schemas.get(key);
    if (schema === undefined) {
      try {
        schema = compileUserSchema(JSON.parse(readFileSync(path, 'utf8')), replacesPreset);
      } catch (error) {
        schema = { error: (error as Error).message };
      }
      if ('error' in schema) schema = { error: `schema ${relative(this.cwd, path) || path}: ${schema.error}` };
      this.schemas.set(key, schema);
    }
    return schema;
  }
}

/** Site configs are small; a larger file is not read as one. */
const MAX_SITE_CONFIG_BYTES = 1024 * 1024;

function diskFacts(root: string, postAbsolute: string | undefined): WorkspaceFacts {
  const postPath = postAbsolute === undefined ? undefined : relative(root, postAbsolute).split(sep).join('/');
  const onDisk = (path: string) => join(root, ...path.split('/'));
  return {
    postPath: postPath === undefined || postPath.startsWith('..') ? undefined : postPath,
    fileExists: (path) => existsSync(onDisk(path)),
    fileNames: (path) => {
      const folder = onDisk(path);
      if (!existsSync(folder) || !statSync(folder).isDirectory()) return undefined;
      return readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
    },
    readText: (path) => {
      const read = existsSync(onDisk(path)) && statSync(onDisk(path)).isFile() ? readPostFile(onDisk(path), MAX_SITE_CONFIG_BYTES, '') : undefined;
      return read === undefined || 'failure' in read ? null : read.text;
    },
  };
}
