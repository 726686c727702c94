import { CONVERT_MODES, convertToThread, DEFAULT_TARGET_POSTS } from '../core/convert/convertToThread';
import { NUMBERING_STYLES } from '../core/config/numberingStyles';
import { platformProfile } from '../core/count/platforms';
import { UsageError, type CommandSpec, type ParsedArgs } from './args';
import type { Terminal } from './output';
import { POST_OPTIONS } from './postOptions';
import { readSinglePost } from './postReader';

/** `threadwright thread`: what it accepts, for parsing and help. */
export const THREAD_COMMAND: CommandSpec = {
  name: 'thread',
  summary: 'Prints the thread that Convert Sections to Thread would add to a post.',
  details: [
    'Markdown is the "### Thread:" block; JSON is {"title","posts":["1/7 …", …]}.',
    'Exit status: 0 printed, 1 when a post is still over the limit (a piece that cannot be cut)',
    'or the post has no body text to convert, 2 usage error or the file could not be read.',
  ].join('\n'),
  operands: '<file>',
  arity: 'one',
  options: [
    POST_OPTIONS.platform,
    {
      name: 'numbering',
      valueName: NUMBERING_STYLES.join('|'),
      choices: NUMBERING_STYLES,
      description: 'Where each post\'s n/total label goes (default: .threadwright.json, else prefix).',
    },
    {
      name: 'mode',
      valueName: CONVERT_MODES.join('|'),
      choices: CONVERT_MODES,
      description: 'digest: a hook, a post per part, the closing line (default); full: every section in full.',
    },
    { name: 'posts', valueName: 'N', description: `How many posts a digest aims for (default: ${DEFAULT_TARGET_POSTS}).` },
    { name: 'format', valueName: 'markdown|json', choices: ['markdown', 'json'], description: 'Output format (default: markdown).' },
    POST_OPTIONS.maxSize,
  ],
};

/** Converts one post's sections with the same core function as the editor command, and prints the thread. */
export async function runThread(args: ParsedArgs, terminal: Terminal, cwd: string): Promise<number> {
  const post = await readSinglePost('thread', args, terminal, cwd);
  if (post === undefined) return 2;
  const { options } = post;
  const thread = convertToThread(post.text, {
    profile: platformProfile(options.primaryPlatform, { mastodonLimit: options.mastodonLimit }),
    numbering: options.convertNumbering,
    threadsHeadings: options.threadsHeadings,
    mode: options.convertMode,
    targetPosts: targetPosts(args),
  });
  if (thread.posts.length === 0) {
    terminal.err(`threadwright: ${args.operands[0]} has no body text to convert\n`);
    return 1;
  }
  if (args.options.get('format') === 'json') terminal.out(`${JSON.stringify({ title: thread.title, posts: thread.posts })}\n`);
  else terminal.out(thread.markdown);
  thread.notes.forEach((note) => terminal.err(`threadwright: ${note}\n`));
  thread.flaggedPosts.forEach((index) => terminal.err(`threadwright: post ${index + 1} is still over the limit: it holds a piece that cannot be cut\n`));
  return thread.flaggedPosts.length > 0 ? 1 : 0;
}

function targetPosts(args: ParsedArgs): number {
  const posts = args.options.get('posts') as string | undefined;
  if (posts === undefined) return DEFAULT_TARGET_POSTS;
  const count = Number(posts);
  if (!Number.isInteger(count) || count < 1 || count > 999) throw new UsageError(`--posts must be a whole number from 1 to 999; got "${posts}"`);
  return count;
}
