import * as assert from 'node:assert/strict';
import { activeSchema } from '../../src/core/frontMatter/schema';
import type { SiteConfig } from '../../src/core/frontMatter/site';
import { candidatePaths, checkMissingLayout, checkWorkspaceReferences, siteOrDefault, type WorkspaceFacts } from '../../src/core/frontMatter/workspace';
import { analyse } from './frontMatterHelpers';

/** A workspace holding these files, with the layouts folder listing `layouts` (undefined: no such folder). */
function facts(files: string[], layouts?: string[], postPath?: string): WorkspaceFacts {
  return { postPath, fileExists: (path) => files.includes(path), fileNames: () => layouts, readText: () => null };
}

const JEKYLL = siteOrDefault(undefined, 'jekyll');
const HUGO = siteOrDefault(undefined, 'hugo');

/** The top-level tree of a post's front matter, read as the checks read it. */
function treeOf(text: string) {
  const parsed = analyse(text).frontMatter.parsed!;
  return { data: parsed.data!, root: parsed.root };
}

suite('the site a post is checked in', () => {
  test('without a config: Jekyll serves from the root with _layouts; Hugo from static/ and assets/', () => {
    const base = { root: '', sourceRoot: '', layoutsFolder: '_layouts', layoutDefaults: [] };
    assert.deepEqual(JEKYLL, { ...base, generator: { preset: 'jekyll', reason: 'no site config found', configPath: '' }, staticFolders: [], assetFolders: [] });
    assert.deepEqual(HUGO, { ...base, generator: { preset: 'hugo', reason: 'no site config found', configPath: '' }, staticFolders: ['static'], assetFolders: ['assets'] });
  });

  test('a site found for the rules in use is kept; one of another generator gives way to the defaults', () => {
    const hugoSite: SiteConfig = { ...HUGO, root: 'site', generator: { preset: 'hugo', reason: 'x', configPath: 'site/hugo.toml' } };
    assert.equal(siteOrDefault(hugoSite, 'hugo'), hugoSite);
    assert.deepEqual(siteOrDefault(hugoSite, 'jekyll'), JEKYLL);
  });
});

suite('the files a front matter path may mean', () => {
  test('Jekyll: from the source, and from the post\'s folder when relative; the query and fragment dropped, spaces trimmed', () => {
    const site = { ...JEKYLL, sourceRoot: 'src' };
    assert.deepEqual(candidatePaths(' /img/a.png?v=2#top ', site, 'src/_posts/a.md'), ['src/img/a.png']);
    assert.deepEqual(candidatePaths('img/a%20b.png#x', site, 'src/_posts/a.md'), ['src/img/a%20b.png', 'src/img/a b.png', 'src/_posts/img/a%20b.png', 'src/_posts/img/a b.png']);
    assert.deepEqual(candidatePaths('img/a.png', site), ['src/img/a.png']);
  });

  test('Hugo: the page bundle first when relative, then static/ and assets/', () => {
    assert.deepEqual(candidatePaths('cover.jpg', HUGO, 'content/p/index.md'), ['content/p/cover.jpg', 'static/cover.jpg', 'assets/cover.jpg']);
    assert.deepEqual(candidatePaths('/cover.jpg', HUGO, 'content/p/index.md'), ['static/cover.jpg', 'assets/cover.jpg']);
    assert.deepEqual(candidatePaths('cover.jpg', HUGO), ['static/cover.jpg', 'assets/cover.jpg']);
  });

  test('URLs, protocol-relative links, templates and empty values are not local files; a colon later in a name is', () => {
    for (const value of ['https://example.org/a.png', 'data:image/png;base64,AA', '//cdn.example.org/a.png', '{{ site.logo }}', '{% link a.png %}', '  ', '?v=1']) {
      assert.equal(candidatePaths(value, JEKYLL), undefined, value);
    }
    assert.deepEqual(candidatePaths('img/noon:cover.png', JEKYLL), ['img/noon:cover.png']);
  });
});

suite('missing files and layouts, as the warning says them', () => {
  test('a missing image names the places looked in, for each generator', () => {
    const text = '---\ntitle: A\nimage: /img/x.png\n---\n';
    const { data, root } = treeOf(text);
    const range = { start: text.indexOf('/img'), end: text.indexOf('/img') + '/img/x.png'.length };
    const problem = (message: string) => [{ code: 'front-matter/missing-file', severity: 'warning', range, path: ['image'], message }];
    assert.deepEqual(checkWorkspaceReferences(data, root, activeSchema('hugo'), facts([]), HUGO), problem('`image` names /img/x.png, which is not in the workspace (looked in static/, assets/ and the post\'s folder).'));
    assert.deepEqual(checkWorkspaceReferences(data, root, activeSchema('jekyll'), facts([]), JEKYLL), problem('`image` names /img/x.png, which is not in the workspace (looked from the site root and from the post\'s folder).'));
    assert.deepEqual(checkWorkspaceReferences(data, root, activeSchema('jekyll'), facts([]), { ...JEKYLL, sourceRoot: 'src' }), problem('`image` names /img/x.png, which is not in the workspace (looked from the site source src/ and from the post\'s folder).'));
    assert.deepEqual(checkWorkspaceReferences(data, root, activeSchema('hugo'), facts(['assets/img/x.png']), HUGO), []);
  });

  test('a path value with no line of its own (from a YAML merge key) is not checked', () => {
    const { data, root } = treeOf('---\nbase: &b\n  image: /img/x.png\n<<: *b\n---\n');
    assert.equal(data.image, '/img/x.png');
    assert.deepEqual(checkWorkspaceReferences(data, root, activeSchema('hugo'), facts([]), HUGO), []);
  });

  test('a Jekyll layout the layouts folder lacks: the message lists what it has, sorted, once each', () => {
    const text = '---\ntitle: A\nlayout: post\n---\n';
    const { data, root } = treeOf(text);
    const range = { start: text.indexOf('post'), end: text.indexOf('post') + 4 };
    const check = (layouts: string[] | undefined, site = JEKYLL) => checkWorkspaceReferences(data, root, activeSchema('jekyll'), facts([], layouts), site);
    assert.deepEqual(check(['post.min.html', 'default.md', 'default.html']), [{ code: 'front-matter/missing-file', severity: 'warning', range, path: ['layout'], message: '`layout` names post, but `_layouts/` has no such file (it has default, post.min).' }]);
    assert.equal(check([])[0]?.message, '`layout` names post, but `_layouts/` has no such file (it is empty).');
    assert.deepEqual(check(['post.html']), []);
    assert.deepEqual(check(undefined), []);
    assert.deepEqual(check([], { ...JEKYLL, theme: 'minima' }), []);
    assert.deepEqual(checkWorkspaceReferences(data, root, activeSchema('hugo'), facts([], []), HUGO), [], 'Hugo has no layouts folder check');
  });

  test('no layout check for layout: none, a layout that is not text, or one with no line of its own', () => {
    for (const layout of ['none', 'null', '3']) {
      const { data, root } = treeOf(`---\ntitle: A\nlayout: ${layout}\n---\n`);
      assert.deepEqual(checkWorkspaceReferences(data, root, activeSchema('jekyll'), facts([], []), JEKYLL), [], layout);
    }
    const { data, root } = treeOf('---\nbase: &b\n  layout: post\n<<: *b\n---\n');
    assert.deepEqual(checkWorkspaceReferences(data, root, activeSchema('jekyll'), facts([], []), JEKYLL), []);
  });

  test('a missing layout is warned about for a post that is not in a folder', () => {
    const site = { ...JEKYLL, sourceRoot: 'src', layoutDefaults: [{ path: '', layout: 'post' }] };
    const opener = { start: 0, end: 3 };
    const warning = { code: 'front-matter/missing-key', severity: 'warning', range: opener, path: ['layout'], message: '`layout` is missing: neither the post nor a `defaults:` entry in _config.yml sets it, so Jekyll renders the post without a layout.' };
    assert.deepEqual(checkMissingLayout({ title: 'A' }, site, undefined, opener), [warning]);
    assert.deepEqual(checkMissingLayout({ title: 'A' }, site, 'src/_posts/a.md', opener), []);
  });
});
