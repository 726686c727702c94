import * as assert from 'node:assert/strict';
import { chooseRules, DEFAULT_FRONT_MATTER_OPTIONS } from '../../src/core/frontMatter/check';
import { detectGenerator } from '../../src/core/frontMatter/site';
import type { WorkspaceFacts } from '../../src/core/frontMatter/workspace';
import { analyse, rangeOf, squiggles } from './frontMatterHelpers';

/** A workspace of files by path (text for configs, '' for others), as both the editor and the CLI answer it. */
function site(files: Record<string, string>, postPath: string): WorkspaceFacts {
  return {
    postPath,
    fileExists: (path) => path in files,
    fileNames: (folder) => {
      const names = Object.keys(files).filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/')).map((path) => path.slice(folder.length + 1));
      return names.length === 0 ? undefined : names;
    },
    readText: (path) => files[path] ?? null,
  };
}

const ELIXIR_CONFIG = 'defaults:\n  - scope:\n      path: ""\n      type: posts\n    values:\n      layout: post\n';

suite('generator detection: the site says which generator builds it', () => {
  test('_config.yml is Jekyll; hugo.toml, hugo.yml, config/_default/ and a config.toml with Hugo keys are Hugo', () => {
    const detect = (files: Record<string, string>, post = 'content/posts/a.md') => detectGenerator(site(files, post).readText, post);
    assert.deepEqual(detect({ '_config.yml': 'title: x\n' }, '_posts/a.md'), { preset: 'jekyll', reason: '`_config.yml` in the workspace folder', configPath: '_config.yml' });
    assert.equal(detect({ 'hugo.toml': 'title = "x"\n' })?.preset, 'hugo');
    assert.equal(detect({ 'hugo.yml': 'title: x\n' })?.preset, 'hugo');
    assert.deepEqual(detect({ 'config/_default/hugo.yaml': 'title: x\n' }), { preset: 'hugo', reason: '`config/_default/hugo.yaml` in the workspace folder', configPath: 'config/_default/hugo.yaml' });
    assert.equal(detect({ 'config.toml': 'baseURL = "https://example.org/"\n' })?.preset, 'hugo');
    assert.equal(detect({ 'config.toml': '[tool]\nname = "not a site"\n' }), undefined);
    assert.equal(detect({}), undefined);
  });

  test('the nearest site wins: a Hugo site in a subfolder of a Jekyll repository', () => {
    const files = { '_config.yml': 'title: x\n', 'docs/hugo.toml': 'title = "d"\n' };
    assert.deepEqual(detectGenerator(site(files, 'docs/content/a.md').readText, 'docs/content/a.md'), { preset: 'hugo', reason: '`hugo.toml` in docs/', configPath: 'docs/hugo.toml' });
  });

  test('twbs/blog: YAML posts of a Hugo site get Hugo\'s rules with no setting (quoted RFC 3339 dates, no layout)', () => {
    const text = '---\ntitle: "Bootstrap 3 RC1"\ndate: "2013-07-27T00:00:00Z"\n---\n';
    const workspace = site({ 'hugo.yml': 'title: "Bootstrap Blog"\n' }, 'src/content/posts/2013/a.md');
    assert.deepEqual(squiggles(text, { workspace }), []);
    assert.equal(analyse(text, { workspace }).frontMatter.rules.reason, 'detected from `hugo.yml` in the workspace folder');
    assert.equal(squiggles(text).length > 0, true, 'without the site, Jekyll rules ask for a layout');
  });

  test('the setting and .threadwright.json override detection; TOML is always Hugo', () => {
    const workspace = site({ 'hugo.toml': '' }, 'content/a.md');
    assert.deepEqual(chooseRules({ ...DEFAULT_FRONT_MATTER_OPTIONS, workspace }, 'yaml').preset, 'hugo');
    assert.deepEqual(chooseRules({ ...DEFAULT_FRONT_MATTER_OPTIONS, preset: 'jekyll', workspace }, 'yaml').preset, 'jekyll');
    assert.deepEqual(chooseRules({ ...DEFAULT_FRONT_MATTER_OPTIONS, preset: 'jekyll', workspace }, 'toml').preset, 'hugo');
    assert.deepEqual(chooseRules(DEFAULT_FRONT_MATTER_OPTIONS, 'yaml').preset, 'jekyll');
  });
});

suite('Jekyll layouts from defaults: and themes', () => {
  test('elixir-lang: a post with no layout, given one by defaults: (path "" and type posts), is fine', () => {
    const workspace = site({ '_config.yml': ELIXIR_CONFIG, '_layouts/post.html': '' }, '_posts/2024-03-05-veeps.markdown');
    assert.deepEqual(squiggles('---\ntitle: Veeps\n---\n', { workspace }), []);
  });

  test('a defaults: scope for another folder or type does not apply; the warning says where else a layout could come from', () => {
    const config = 'defaults:\n  - scope:\n      path: "blog"\n    values:\n      layout: post\n  - scope:\n      type: pages\n    values:\n      layout: page\n';
    const workspace = site({ '_config.yml': config }, '_posts/2024-03-05-a.md');
    const [problem] = analyse('---\ntitle: A\n---\n', { workspace }).frontMatter.problems;
    assert.equal(problem.code, 'front-matter/missing-key');
    assert.equal(problem.message, '`layout` is missing: neither the post nor a `defaults:` entry in _config.yml sets it, so Jekyll renders the post without a layout.');
    assert.deepEqual(squiggles('---\ntitle: A\n---\n', { workspace: site({ '_config.yml': config }, 'blog/_posts/2024-03-05-a.md') }), []);
  });

  test('a theme (theme: or remote_theme:) supplies layouts the workspace cannot see: no missing-file', () => {
    for (const config of ['theme: minima\n', 'remote_theme: pages-themes/cayman@v0.2.0\n']) {
      assert.deepEqual(squiggles('---\ntitle: A\nlayout: post\n---\n', { workspace: site({ '_config.yml': config }, '_posts/2024-01-01-a.md') }), [], config);
    }
    const plain = site({ '_config.yml': 'title: x\n', '_layouts/default.html': '' }, '_posts/2024-01-01-a.md');
    assert.deepEqual(squiggles('---\ntitle: A\nlayout: post\n---\n', { workspace: plain }), [['front-matter/missing-file', 'post']]);
  });

  test('source: src/ moves the layouts and the images the post names', () => {
    const files = { '_config.yml': 'source: src\n', 'src/_layouts/post.html': '', 'src/images/a.png': '' };
    const workspace = site(files, 'src/_posts/2024-01-01-a.md');
    assert.deepEqual(squiggles('---\ntitle: A\nlayout: post\nimage: /images/a.png\n---\n', { workspace }), []);
    const text = '---\ntitle: A\nlayout: post\nimage: /images/b.png\n---\n';
    const [problem] = analyse(text, { workspace }).frontMatter.problems;
    assert.deepEqual([problem.code, problem.range], ['front-matter/missing-file', rangeOf(text, '/images/b.png')]);
    assert.match(problem.message, /site source src\//);
  });
});

suite('Hugo asset paths: static/, assets/, the page bundle and module mounts', () => {
  test('linkerd: a bundle image beside index.md, and a URL-encoded name', () => {
    const files = { 'config/_default/hugo.yaml': 'title: Linkerd\n', 'content/blog/2021/0101-a/cover.jpg': '', 'content/blog/2021/0101-a/Linkerd Architecture.jpg': '' };
    const workspace = site(files, 'content/blog/2021/0101-a/index.md');
    assert.deepEqual(squiggles('---\ntitle: A\nimage: cover.jpg\n---\n', { workspace }), []);
    assert.deepEqual(squiggles('---\ntitle: A\nimage: Linkerd%20Architecture.jpg\n---\n', { workspace }), []);
    assert.deepEqual(squiggles('---\ntitle: A\nimage: missing.jpg\n---\n', { workspace }), [['front-matter/missing-file', 'missing.jpg']]);
  });

  test('static/ and assets/ serve site-root paths; twbs/blog mounts src/static onto static', () => {
    const plain = site({ 'hugo.toml': '', 'static/img/a.png': '', 'assets/img/b.png': '' }, 'content/posts/a.md');
    assert.deepEqual(squiggles('---\ntitle: A\nimage: /img/a.png\n---\n', { workspace: plain }), []);
    assert.deepEqual(squiggles('---\ntitle: A\nimage: img/b.png\n---\n', { workspace: plain }), []);
    const mounts = 'module:\n  mounts:\n    - source: src/static\n      target: static\n    - source: src/content\n      target: content\n';
    const twbs = site({ 'hugo.yml': mounts, 'src/static/assets/img/2019/11/bi-icons.png': '' }, 'src/content/posts/2019/a.md');
    assert.deepEqual(squiggles('---\ntitle: A\nimage: /assets/img/2019/11/bi-icons.png\n---\n', { workspace: twbs }), []);
    assert.deepEqual(squiggles('---\ntitle: A\nimage: /assets/img/gone.png\n---\n', { workspace: twbs }), [['front-matter/missing-file', '/assets/img/gone.png']]);
  });
});

suite('CRLF front matter reads as Jekyll and Hugo read it', () => {
  test('YAML: the last line keeps no \\r (layout, date, a 60-character title)', () => {
    const title = 'x'.repeat(60);
    const workspace = site({ '_config.yml': '', '_layouts/post.html': '' }, '_posts/2024-01-01-a.md');
    assert.deepEqual(squiggles(`---\r\ntitle: ${title}\r\ndate: 2024-01-02 10:00:00 +0100\r\nlayout: post\r\n---\r\nBody\r\n`, { workspace }), []);
    assert.deepEqual(squiggles(`---\r\nlayout: post\r\ndate: 2024-01-02 10:00:00 +0100\r\ntitle: ${title}\r\n---\r\n`, { workspace }), []);
  });

  test('TOML: the last key-value line ends as TOML wants', () => {
    assert.deepEqual(squiggles('+++\r\ntitle = "A"\r\ndate = 2024-01-02T10:00:00Z\r\n+++\r\nBody\r\n'), []);
  });
});

suite('titles as readers see them', () => {
  test('HTML entities count as the one character the page shows', () => {
    const title = `${'a'.repeat(55)} &#8212; b`;
    assert.deepEqual(squiggles(`---\ntitle: "${title}"\nlayout: post\n---\n`), []);
    const [problem] = analyse(`---\ntitle: "${'a'.repeat(58)}&amp;&#x2014;b"\nlayout: post\n---\n`).frontMatter.problems;
    assert.equal(problem.message, '`title` is 61 characters; search results show about 60.');
  });
});
