import * as assert from 'node:assert/strict';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { defaultLayoutFor, detectGenerator, normalisePath, siteConfigOf, type DetectedGenerator, type LayoutDefault, type SiteConfig } from '../../src/core/frontMatter/site';
import { siteOrDefault } from '../../src/core/frontMatter/workspace';

/** Reads a site's files by path, null for the others, as the editor's snapshot answers once it is known. */
function filesReader(files: Record<string, string>) {
  return (path: string): string | null => files[path] ?? null;
}

const generator = (preset: DetectedGenerator['preset'], configPath: string): DetectedGenerator => ({ preset, reason: `\`${configPath}\``, configPath });

/** A Jekyll site whose source is `sourceRoot`, with these `defaults:`. */
function jekyllSite(layoutDefaults: LayoutDefault[], sourceRoot = ''): SiteConfig {
  return { ...siteOrDefault(undefined, 'jekyll'), sourceRoot, layoutDefaults };
}

suite('site config: what Jekyll\'s _config.yml says', () => {
  test('source:, layouts_dir: and a blank theme falling back to remote_theme, below a subfolder', () => {
    const config = 'source: " ./src/ "\nlayouts_dir: ../_tpl\ntheme: "  "\nremote_theme: owner/theme\n';
    const site = siteConfigOf(generator('jekyll', 'blog/_config.yml'), filesReader({ 'blog/_config.yml': config }));
    assert.deepEqual(site, {
      generator: generator('jekyll', 'blog/_config.yml'),
      root: 'blog',
      sourceRoot: 'blog/src',
      layoutsFolder: 'blog/_tpl',
      layoutDefaults: [],
      theme: 'owner/theme',
      staticFolders: [],
      assetFolders: [],
    });
  });

  test('a config at the workspace folder: the source is the folder and layouts are in _layouts', () => {
    const site = siteConfigOf(generator('jekyll', '_config.yml'), filesReader({ '_config.yml': 'title: x\n' }));
    assert.deepEqual([site.root, site.sourceRoot, site.layoutsFolder, site.theme], ['', '', '_layouts', undefined]);
  });

  test('the YAML is read as YAML 1.1, as Jekyll reads it: `theme: off` is false, not a theme', () => {
    assert.equal(parseYaml('theme: off\n', { version: '1.1' }).theme, false);
    const site = siteConfigOf(generator('jekyll', '_config.yml'), filesReader({ '_config.yml': 'theme: off\n' }));
    assert.equal(site.theme, undefined);
  });

  test('a config that cannot be read, or is not a mapping, gives the defaults', () => {
    for (const config of ['title: [\n', '- a\n', '']) {
      const site = siteConfigOf(generator('jekyll', '_config.yml'), filesReader({ '_config.yml': config }));
      assert.deepEqual([site.sourceRoot, site.layoutsFolder, site.layoutDefaults, site.theme], ['', '_layouts', [], undefined], config);
    }
  });

  test('a _config.toml is read as TOML', () => {
    const config = 'source = "src"\ntheme = "minima"\n';
    assert.equal(parseToml(config).source, 'src');
    const site = siteConfigOf(generator('jekyll', '_config.toml'), filesReader({ '_config.toml': config }));
    assert.deepEqual([site.sourceRoot, site.theme], ['src', 'minima']);
  });

  test('defaults: keep the entries that set a layout, with their scope; other entries are skipped', () => {
    const config = [
      'defaults:',
      '  - ~',
      '  - just text',
      '  - scope: { path: "_posts", type: posts }',
      '    values: { layout: post }',
      '  - values: { layout: " page " }',
      '  - scope: { path: "docs" }',
      '    values: { permalink: /docs/:title/ }',
      '  - scope: { path: "x" }',
      '    values: [ layout ]',
      '',
    ].join('\n');
    const site = siteConfigOf(generator('jekyll', '_config.yml'), filesReader({ '_config.yml': config }));
    assert.deepEqual(site.layoutDefaults, [{ path: '_posts', type: 'posts', layout: 'post' }, { path: '', type: undefined, layout: 'page' }]);
  });

  test('defaults: that is not a list gives no layout defaults', () => {
    const site = siteConfigOf(generator('jekyll', '_config.yml'), filesReader({ '_config.yml': 'defaults: just text\n' }));
    assert.deepEqual(site.layoutDefaults, []);
  });
});

suite('site config: where Hugo serves files from', () => {
  test('staticDir and assetDir lists and module mounts, from a hugo.yaml in a subfolder', () => {
    const config = [
      'theme: " ananke "',
      'staticDir: [static, " public ", ""]',
      'assetDir: res',
      'module:',
      '  mounts:',
      '    - ~',
      '    - { source: node_modules/x, target: static }',
      '    - { source: src/assets, target: assets }',
      '    - { target: static }',
      '    - { source: src/content, target: content }',
      '',
    ].join('\n');
    const site = siteConfigOf(generator('hugo', 'site/hugo.yaml'), filesReader({ 'site/hugo.yaml': config }));
    assert.deepEqual(site, {
      generator: generator('hugo', 'site/hugo.yaml'),
      root: 'site',
      sourceRoot: 'site',
      layoutsFolder: 'site/layouts',
      layoutDefaults: [],
      theme: 'ananke',
      staticFolders: ['site/node_modules/x', 'site/static', 'site/public'],
      assetFolders: ['site/src/assets', 'site/res'],
    });
  });

  test('without staticDir, assetDir or mounts: static/ and assets/ of the site root', () => {
    const site = siteConfigOf(generator('hugo', 'hugo.toml'), filesReader({ 'hugo.toml': 'module = "not a table"\n' }));
    assert.deepEqual([site.root, site.layoutsFolder, site.staticFolders, site.assetFolders], ['', 'layouts', ['static'], ['assets']]);
  });

  test('a JSON config is read as JSON, where a repeated key keeps its last value', () => {
    const config = '{ "staticDir": "old", "staticDir": "files" }';
    assert.equal(JSON.parse(config).staticDir, 'files');
    const site = siteConfigOf(generator('hugo', 'hugo.json'), filesReader({ 'hugo.json': config }));
    assert.deepEqual(site.staticFolders, ['files']);
  });

  test('a split config: the site is the folder above config/_default/, and the mounts come from module.toml, .yaml, .yml or .json', () => {
    const modules: Record<string, string> = {
      toml: '[[mounts]]\nsource = "files"\ntarget = "static"\n',
      yaml: 'mounts:\n  - { source: files, target: static }\n',
      yml: 'mounts:\n  - { source: files, target: static }\n',
      json: '{ "mounts": [{ "source": "files", "target": "static" }] }',
    };
    for (const [ext, module] of Object.entries(modules)) {
      for (const root of ['', 'site']) {
        const at = (path: string) => (root === '' ? path : `${root}/${path}`);
        const files = { [at('config/_default/hugo.toml')]: 'title = "x"\n', [at(`config/_default/module.${ext}`)]: module };
        const site = siteConfigOf(generator('hugo', at('config/_default/hugo.toml')), filesReader(files));
        assert.deepEqual([site.root, site.staticFolders], [root, [at('files'), at('static')]], `${ext} in "${root}"`);
      }
    }
  });

  test('a module file beside a single hugo.toml is not part of its config', () => {
    const files = { 'hugo.toml': 'title = "x"\n', 'config/_default/module.toml': '[[mounts]]\nsource = "files"\ntarget = "static"\n' };
    assert.deepEqual(siteConfigOf(generator('hugo', 'hugo.toml'), filesReader(files)).staticFolders, ['static']);
  });
});

suite('generator detection: which folders are asked', () => {
  test('a site two folders down is found from a post below it', () => {
    const files = { 'sites/blog/_config.yml': 'title: x\n', 'hugo.toml': '' };
    assert.deepEqual(detectGenerator(filesReader(files), 'sites/blog/_posts/a.md'), { preset: 'jekyll', reason: '`_config.yml` in sites/blog/', configPath: 'sites/blog/_config.yml' });
  });

  test('a post path with a leading or doubled slash finds the same site', () => {
    const files = { 'docs/_config.yml': 'title: x\n' };
    for (const post of ['/docs/a.md', 'docs//a.md']) assert.equal(detectGenerator(filesReader(files), post)?.configPath, 'docs/_config.yml', post);
  });

  test('folders deeper than 32 are not searched, so a post 40 folders down finds only the sites above that depth', () => {
    const folders = Array.from({ length: 40 }, (_, index) => `f${index}`);
    const files = { [`${folders.join('/')}/_config.yml`]: '', [`${folders.slice(0, 32).join('/')}/hugo.toml`]: '' };
    assert.equal(detectGenerator(filesReader(files), `${folders.join('/')}/a.md`)?.configPath, `${folders.slice(0, 32).join('/')}/hugo.toml`);
  });

  test('while a config in a nearer folder is not known yet, nothing is detected, not the site further up', () => {
    const readText = (path: string) => (path === 'docs/_config.yml' ? undefined : path === '_config.yml' ? 'title: x\n' : null);
    assert.equal(detectGenerator(readText, 'docs/a.md'), undefined);
    assert.equal(detectGenerator(filesReader({ '_config.yml': '' }), 'docs/a.md')?.configPath, '_config.yml');
  });

  test('a config.toml is Hugo\'s when any line, not only the first, has a Hugo key', () => {
    assert.equal(detectGenerator(filesReader({ 'config.toml': 'title = "x"\nbaseURL = "https://example.org/"\n' }), 'content/a.md')?.preset, 'hugo');
  });
});

suite('Jekyll defaults: which layout a post gets', () => {
  test('the type of a file comes from its folders: _posts and _drafts are posts, _name a collection, else pages', () => {
    const site = jekyllSite([{ path: '', type: 'posts', layout: 'post' }, { path: '', type: 'recipes', layout: 'recipe' }, { path: '', type: 'pages', layout: 'page' }]);
    assert.equal(defaultLayoutFor(site, 'blog/_posts/2024-01-01-a.md'), 'post');
    assert.equal(defaultLayoutFor(site, '_drafts/a.md'), 'post');
    assert.equal(defaultLayoutFor(site, '_recipes/soup.md'), 'recipe');
    assert.equal(defaultLayoutFor(site, 'about/index.md'), 'page');
    assert.equal(defaultLayoutFor(site, '_posts.md'), 'page');
  });

  test('paths are read from the site source; a post outside it gets no default', () => {
    const site = jekyllSite([{ path: '_posts', layout: 'post' }, { path: '', layout: 'default' }], 'src');
    assert.equal(defaultLayoutFor(site, 'src/_posts/a.md'), 'post');
    assert.equal(defaultLayoutFor(site, 'src/about.md'), 'default');
    assert.equal(defaultLayoutFor(site, 'other/_posts/a.md'), undefined);
    assert.equal(defaultLayoutFor(site, 'srcx/a.md'), undefined);
  });

  test('slashes around a scope path do not matter', () => {
    for (const path of ['/blog/_posts/', '//blog/_posts', 'blog/_posts//']) {
      assert.equal(defaultLayoutFor(jekyllSite([{ path, layout: 'post' }]), 'blog/_posts/a.md'), 'post', path);
    }
    assert.equal(defaultLayoutFor(jekyllSite([{ path: '/blog/', layout: 'post' }]), 'blogs/a.md'), undefined);
  });

  test('a longer scope path wins over a shorter one with a type, in either order', () => {
    const deep = { path: 'blog/_posts', layout: 'deep' };
    const typed = { path: 'blog', type: 'posts', layout: 'typed' };
    assert.equal(defaultLayoutFor(jekyllSite([deep, typed]), 'blog/_posts/a.md'), 'deep');
    assert.equal(defaultLayoutFor(jekyllSite([typed, deep]), 'blog/_posts/a.md'), 'deep');
    assert.equal(defaultLayoutFor(jekyllSite([{ path: 'blog', layout: 'blog' }, { path: '', layout: 'any' }]), 'blog/a.md'), 'blog');
  });

  test('at the same path a scope with a type wins, in either order; of two alike, the later one', () => {
    const plain = { path: 'blog', layout: 'plain' };
    const typed = { path: 'blog', type: 'posts', layout: 'typed' };
    assert.equal(defaultLayoutFor(jekyllSite([plain, typed]), 'blog/_posts/a.md'), 'typed');
    assert.equal(defaultLayoutFor(jekyllSite([typed, plain]), 'blog/_posts/a.md'), 'typed');
    assert.equal(defaultLayoutFor(jekyllSite([{ path: 'blog', layout: 'first' }, { path: 'blog/', layout: 'second' }]), 'blog/a.md'), 'second');
  });

  test('a glob scope matches one folder level per star, its other characters literally', () => {
    const site = jekyllSite([{ path: 'v1.0/*/notes', layout: 'notes' }]);
    assert.equal(defaultLayoutFor(site, 'v1.0/guide/notes/a.md'), 'notes');
    assert.equal(defaultLayoutFor(site, 'v1.0/guide/notes.md'), undefined);
    assert.equal(defaultLayoutFor(site, 'v1x0/guide/notes/a.md'), undefined);
    assert.equal(defaultLayoutFor(site, 'v1.0/a/b/notes/a.md'), undefined);
    assert.equal(defaultLayoutFor(site, 'docs/v1.0/guide/notes/a.md'), undefined);
  });

  test('as in Jekyll, the longer scope string wins: `blog/2024` over `blog/*`, in either order', () => {
    const year = { path: 'blog/2024', layout: 'year' };
    const any = { path: 'blog/*', layout: 'any' };
    assert.equal(defaultLayoutFor(jekyllSite([year, any]), 'blog/2024/a.md'), 'year');
    assert.equal(defaultLayoutFor(jekyllSite([any, year]), 'blog/2024/a.md'), 'year');
    const typed = { path: 'blog/*', type: 'posts', layout: 'typed' };
    assert.equal(defaultLayoutFor(jekyllSite([{ path: 'blog/2*', layout: 'longer' }, typed]), 'blog/2024/_posts/a.md'), 'longer', 'one character longer wins over a type');
  });
});

suite('workspace paths', () => {
  test('. and .. are resolved, never above the workspace folder', () => {
    assert.equal(normalisePath('./a//b/../c/.'), 'a/c');
    assert.equal(normalisePath('../../a'), 'a');
    assert.equal(normalisePath('/'), '');
  });
});
