import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OPTIONS, projectLayer, resolveOptions, type OptionLayer, type ResolvedOptions } from '../../src/core/config/resolveOptions';
import { DEFAULT_TARGET_POSTS } from '../../src/core/convert/convertToThread';
import { ROOT } from './cliRun';

/** Each option, a value for it in a layer, and where that value shows in the resolved options. */
const OPTIONS: { key: keyof OptionLayer; values: [unknown, unknown, unknown]; read: (options: ResolvedOptions) => unknown; expect?: (value: unknown) => unknown }[] = [
  { key: 'platforms', values: [['bluesky'], ['mastodon', 'x'], ['threads']], read: (options) => options.platforms },
  { key: 'threadsHeadings', values: [['Drafts'], ['Threads to post'], ['Later']], read: (options) => options.threadsHeadings },
  { key: 'maxDocumentSizeMB', values: [1, 2, 3], read: (options) => options.maxDocumentSize, expect: (value) => (value as number) * 1024 * 1024 },
  { key: 'mastodonLimit', values: [600, 700, 800], read: (options) => options.mastodonLimit },
  { key: 'preset', values: ['jekyll', 'hugo', 'jekyll'], read: (options) => options.frontMatter.preset },
  { key: 'schema', values: ['a.json', 'b.json', 'c.json'], read: (options) => options.frontMatter.schemaPath },
  { key: 'titleMaxLength', values: [10, 20, 0], read: (options) => options.frontMatter.titleMaxLength },
  { key: 'descriptionMaxLength', values: [30, 40, 0], read: (options) => options.frontMatter.descriptionMaxLength },
  { key: 'convertNumbering', values: ['suffix', 'parens', 'none'], read: (options) => options.convertNumbering },
  { key: 'convertMode', values: ['full', 'digest', 'full'], read: (options) => options.convertMode },
  { key: 'convertTargetPosts', values: [4, 6, 8], read: (options) => options.convertTargetPosts },
  { key: 'inlineCounts', values: [false, true, false], read: (options) => options.inlineCounts },
];

suite('resolveOptions: defaults ← settings ← .threadwright.json ← flags', () => {
  test('with no layer, every option is its default', () => {
    assert.deepEqual(resolveOptions([]), DEFAULT_OPTIONS);
    assert.deepEqual(resolveOptions([{}, {}, {}]), DEFAULT_OPTIONS);
  });

  test('the defaults are those package.json gives the settings and the convert command uses', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } };
    const setting = (key: string) => manifest.contributes.configuration.properties[`threadwright.${key}`].default;
    assert.deepEqual(DEFAULT_OPTIONS.platforms, setting('platforms'));
    assert.deepEqual(DEFAULT_OPTIONS.threadsHeadings, setting('threadsHeadings'));
    assert.equal(DEFAULT_OPTIONS.maxDocumentSize, (setting('maxDocumentSizeMB') as number) * 1024 * 1024);
    assert.equal(DEFAULT_OPTIONS.mastodonLimit, setting('mastodon.limit'));
    assert.equal(DEFAULT_OPTIONS.inlineCounts, setting('inlineCounts.enabled'));
    assert.equal(DEFAULT_OPTIONS.frontMatter.preset, setting('frontMatter.preset'));
    assert.equal(setting('frontMatter.schema'), '');
    assert.equal(DEFAULT_OPTIONS.frontMatter.schemaReplacesPreset, setting('frontMatter.schemaMode') === 'replace');
    assert.equal(DEFAULT_OPTIONS.frontMatter.titleMaxLength, setting('frontMatter.titleMaxLength'));
    assert.equal(DEFAULT_OPTIONS.frontMatter.descriptionMaxLength, setting('frontMatter.descriptionMaxLength'));
    assert.equal(DEFAULT_OPTIONS.previewAuthor.name, setting('preview.displayName'));
    assert.equal(DEFAULT_OPTIONS.previewAuthor.handle, setting('preview.handle'));
    assert.equal(DEFAULT_OPTIONS.convertOutput, setting('convert.output'));
    assert.equal(DEFAULT_OPTIONS.convertMode, setting('convert.mode'));
    assert.equal(DEFAULT_OPTIONS.convertTargetPosts, setting('convert.targetPosts'));
    assert.equal(DEFAULT_OPTIONS.convertTargetPosts, DEFAULT_TARGET_POSTS);
    assert.equal(DEFAULT_OPTIONS.convertNumbering, setting('convert.numbering'));
  });

  for (const { key, values, read, expect = (value: unknown) => value } of OPTIONS) {
    test(`${key}: each layer overrides the one before it, and a layer that says nothing leaves it to the one below`, () => {
      const [settings, project, flags] = values.map((value) => ({ [key]: value }) as OptionLayer);
      assert.deepEqual(read(resolveOptions([settings])), expect(values[0]), 'settings over the defaults');
      assert.deepEqual(read(resolveOptions([settings, project])), expect(values[1]), 'the project file over the settings');
      assert.deepEqual(read(resolveOptions([settings, project, flags])), expect(values[2]), 'the flags over the project file');
      assert.deepEqual(read(resolveOptions([settings, project, {}])), expect(values[1]), 'flags that say nothing');
      assert.deepEqual(read(resolveOptions([settings, {}, {}])), expect(values[0]), 'a project file that says nothing');
    });
  }

  test('a value an option does not accept is passed over, so the layer below decides', () => {
    const settings: OptionLayer = { platforms: ['bluesky'], preset: 'hugo', mastodonLimit: 900, threadsHeadings: ['Drafts'], schema: 'a.json', titleMaxLength: 30 };
    const broken: OptionLayer = { platforms: ['myspace'], preset: 'gatsby', mastodonLimit: 'lots', threadsHeadings: [''], schema: '  ', titleMaxLength: -1 };
    const resolved = resolveOptions([settings, broken]);
    assert.deepEqual(resolved.platforms, ['bluesky']);
    assert.equal(resolved.frontMatter.preset, 'hugo');
    assert.equal(resolved.mastodonLimit, 900);
    assert.deepEqual(resolved.threadsHeadings, ['Drafts']);
    assert.equal(resolved.frontMatter.schemaPath, 'a.json');
    assert.equal(resolved.frontMatter.titleMaxLength, 30);
  });

  test('--platform puts its platform first and keeps the project\'s others in their order', () => {
    const resolved = resolveOptions([{ platforms: ['x', 'bluesky', 'mastodon'] }, { primaryPlatform: 'mastodon' }]);
    assert.deepEqual(resolved.platforms, ['mastodon', 'x', 'bluesky']);
    assert.equal(resolved.primaryPlatform, 'mastodon');
    assert.deepEqual(resolveOptions([{ primaryPlatform: 'threads' }]).platforms, ['threads', 'x']);
  });

  test('the preview shows a placeholder author until a name or a handle is set', () => {
    assert.equal(resolveOptions([]).previewAuthor.placeholder, true);
    assert.deepEqual(resolveOptions([{ previewHandle: 'ada' }]).previewAuthor, { name: 'Your Name', handle: 'ada', placeholder: false });
  });

  test('a target post count is rounded into 1–999, and the Mastodon limit to a whole number', () => {
    assert.equal(resolveOptions([{ convertTargetPosts: 5000 }]).convertTargetPosts, 999);
    assert.equal(resolveOptions([{ convertTargetPosts: 0 }]).convertTargetPosts, 1);
    assert.equal(resolveOptions([{ mastodonLimit: 512.4 }]).mastodonLimit, 512);
  });

  test('per folder: the same settings under two project files resolve to each folder\'s own', () => {
    const settings: OptionLayer = { platforms: ['bluesky'], schema: 'user.schema.json', titleMaxLength: 50 };
    const first = resolveOptions([settings, projectLayer({ schema: 'author.schema.json', limits: { title: 70 } })]);
    const second = resolveOptions([settings, projectLayer({ preset: 'hugo', platforms: ['mastodon'], limits: { mastodon: 1000 } })]);
    assert.deepEqual([first.frontMatter.schemaPath, first.frontMatter.titleMaxLength, first.platforms, first.frontMatter.preset], ['author.schema.json', 70, ['bluesky'], 'auto']);
    assert.deepEqual([second.frontMatter.schemaPath, second.frontMatter.titleMaxLength, second.platforms, second.frontMatter.preset, second.mastodonLimit], ['user.schema.json', 50, ['mastodon'], 'hugo', 1000]);
  });

  test('a project file\'s keys become their options', () => {
    const resolved = resolveOptions([projectLayer({ platforms: ['threads'], preset: 'jekyll', schema: 's.json', limits: { mastodon: 450, title: 61, description: 161 }, numbering: 'parens', threadsHeadings: ['Posts'] })]);
    assert.deepEqual(resolved, {
      ...DEFAULT_OPTIONS,
      platforms: ['threads'],
      primaryPlatform: 'threads',
      mastodonLimit: 450,
      threadsHeadings: ['Posts'],
      convertNumbering: 'parens',
      frontMatter: { preset: 'jekyll', schemaPath: 's.json', schemaReplacesPreset: false, titleMaxLength: 61, descriptionMaxLength: 161 },
    });
  });
});
