import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OPTIONS, optionsDiffer, projectLayer, resolveOptions, type OptionLayer, type ResolvedOptions } from '../../src/core/config/resolveOptions';
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
  { key: 'schemaMode', values: ['replace', 'extend', 'replace'], read: (options) => options.frontMatter.schemaReplacesPreset, expect: (value) => value === 'replace' },
  { key: 'convertOutput', values: ['newDocument', 'append', 'newDocument'], read: (options) => options.convertOutput },
  { key: 'previewName', values: ['Ada', 'Bea', 'Cy'], read: (options) => options.previewAuthor.name },
  { key: 'previewHandle', values: ['ada', 'bea', 'cy'], read: (options) => options.previewAuthor.handle },
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

  test('a value of the wrong kind is passed over for every option, so the layer below decides', () => {
    const settings: OptionLayer = {
      platforms: ['mastodon'], primaryPlatform: 'bluesky', threadsHeadings: ['Drafts'], maxDocumentSizeMB: 2, mastodonLimit: 600, inlineCounts: false,
      preset: 'hugo', schema: 'a.json', schemaMode: 'replace', titleMaxLength: 30, descriptionMaxLength: 90, previewName: 'Ada', previewHandle: 'ada',
      convertNumbering: 'suffix', convertOutput: 'newDocument', convertMode: 'full', convertTargetPosts: 4,
    };
    const expected = resolveOptions([settings]);
    const wrongKinds: OptionLayer[] = [
      { platforms: 'x', primaryPlatform: 7, threadsHeadings: [], maxDocumentSizeMB: '3', mastodonLimit: '700', inlineCounts: 'true', preset: 5, schema: 5,
        schemaMode: true, titleMaxLength: '10', descriptionMaxLength: null, previewName: 5, previewHandle: false, convertNumbering: 1, convertOutput: 'tab', convertMode: 2, convertTargetPosts: '6' },
      { platforms: [42], primaryPlatform: 'myspace', threadsHeadings: ['Later', 5], maxDocumentSizeMB: Infinity, mastodonLimit: NaN, titleMaxLength: Infinity, descriptionMaxLength: NaN, convertTargetPosts: Infinity },
      { threadsHeadings: ['Later', '  '], maxDocumentSizeMB: 0, titleMaxLength: -1 },
      { maxDocumentSizeMB: -1, mastodonLimit: Infinity, convertTargetPosts: NaN },
    ];
    for (const wrong of wrongKinds) assert.deepEqual(resolveOptions([settings, wrong]), expected, JSON.stringify(wrong));
    assert.deepEqual(expected.platforms, ['bluesky', 'mastodon']);
    assert.equal(expected.frontMatter.schemaReplacesPreset, true);
  });

  test('names the writer gives are kept as written, paths trimmed, and platforms deduplicated in their order', () => {
    const resolved = resolveOptions([{ platforms: ['bluesky', 42, 'x', 'bluesky'], schema: '  schemas/post.json  ', threadsHeadings: ['  Threads  ', 'Later'] }]);
    assert.deepEqual(resolved.platforms, ['bluesky', 'x']);
    assert.equal(resolved.frontMatter.schemaPath, 'schemas/post.json');
    assert.deepEqual(resolved.threadsHeadings, ['  Threads  ', 'Later']);
    assert.equal(resolveOptions([{ titleMaxLength: 0, maxDocumentSizeMB: 0.5 }]).frontMatter.titleMaxLength, 0);
    assert.equal(resolveOptions([{ maxDocumentSizeMB: 0.5 }]).maxDocumentSize, 512 * 1024);
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
    assert.deepEqual(resolveOptions([{ previewName: 'Ada' }]).previewAuthor, { name: 'Ada', handle: 'yourhandle', placeholder: false });
    assert.equal(resolveOptions([{ previewName: 5, previewHandle: null }]).previewAuthor.placeholder, true);
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

  test('a project file without limits leaves the limits to the settings', () => {
    const resolved = resolveOptions([{ mastodonLimit: 600, titleMaxLength: 50, descriptionMaxLength: 150 }, projectLayer({ platforms: ['bluesky'] })]);
    assert.deepEqual([resolved.mastodonLimit, resolved.frontMatter.titleMaxLength, resolved.frontMatter.descriptionMaxLength, resolved.platforms], [600, 50, 150, ['bluesky']]);
  });

  test('two resolutions differ only when an option does', () => {
    assert.equal(optionsDiffer(resolveOptions([{ platforms: ['x'] }]), resolveOptions([])), false);
    assert.equal(optionsDiffer(resolveOptions([{ titleMaxLength: 61 }]), resolveOptions([])), true);
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
