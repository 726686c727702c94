// Bundles the extension (Node and web), the preview's webview script, the CLI and the test suites with esbuild.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const root = new URL('..', import.meta.url).pathname;

// Dependencies of dependencies that Threadwright never calls, replaced so the bundles stay small.
const leaveOutUnused = {
  name: 'leave-out-unused',
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, () => ({ path: new URL('bundle-stubs/js-yaml.cjs', import.meta.url).pathname }));
    build.onResolve({ filter: /^core-js\// }, () => ({ path: new URL('bundle-stubs/empty.cjs', import.meta.url).pathname }));
    // markdown-it only decodes entities; the package index would add its 23 KB of encoding tables.
    build.onResolve({ filter: /^entities$/ }, () => ({ path: new URL('../node_modules/entities/lib/esm/decode.js', import.meta.url).pathname }));
    // jsonc-parser's main build is UMD, whose lazy require('./impl/…') calls a bundler cannot follow; its ES build bundles.
    build.onResolve({ filter: /^jsonc-parser$/ }, () => ({ path: new URL('../node_modules/jsonc-parser/lib/esm/main.js', import.meta.url).pathname }));
    // Threadwright uses only @atproto/api's RichText: the bundles take it from the package's own ES module, with the
    // generated client it consults for three type checks replaced (see the stub).
    build.onResolve({ filter: /^@atproto\/api$/ }, () => ({ path: new URL('../node_modules/@atproto/api/dist/rich-text/rich-text.js', import.meta.url).pathname }));
    build.onResolve({ filter: /^\.\.\/client\/index\.js$/ }, (args) => (/@atproto\/api\/dist\/rich-text\//.test(args.importer)
      ? { path: new URL('bundle-stubs/atproto-richtext-client.mjs', import.meta.url).pathname }
      : undefined));
    // RichText takes only graphemeLen from common-web (see the stub).
    build.onResolve({ filter: /^@atproto\/common-web$/ }, (args) => (/@atproto\/api\/dist\/rich-text\//.test(args.importer)
      ? { path: new URL('bundle-stubs/atproto-common-web.mjs', import.meta.url).pathname }
      : undefined));
    // yaml's ES build is set up by plain declarations; its CommonJS build, which a Node bundle would take, runs
    // dozens of module wrappers as the bundle loads.
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: new URL('../node_modules/yaml/browser/dist/index.js', import.meta.url).pathname }));
    // The core and @atproto/api read the same list of top-level domains, @atproto/api with an import attribute,
    // which makes it another module to esbuild: the core's import goes through one with the same attribute.
    build.onResolve({ filter: /^tlds$/ }, (args) => (args.with?.type === 'json' ? undefined : { path: 'tlds', namespace: 'tlds-as-json' }));
    build.onLoad({ filter: /.*/, namespace: 'tlds-as-json' }, () => ({
      resolveDir: new URL('..', import.meta.url).pathname, loader: 'js', contents: "export { default } from 'tlds' with { type: 'json' };",
    }));
    build.onResolve({ filter: /^twitter-text$/ }, () => ({ path: new URL('bundle-stubs/twitter-text.mjs', import.meta.url).pathname }));
  },
};

// Libraries the core needs only once a document is checked or a command runs (front matter, schemas, Convert,
// publishing), grouped by what they share, with the exports the core uses. Each group is bundled on its own and carried
// in the bundle as text, which the runtime only scans as it loads; the first call to one of its libraries runs it, as
// the extension host runs the bundle itself. Loaded with the bundle, their code took a third of its compile time and
// their CommonJS set-up code ran on every activation.
const ON_FIRST_USE = {
  'ajv': { group: 'schemas', exports: ['default'] },
  'ajv/dist/2019': { group: 'schemas', exports: ['default'] },
  'ajv/dist/2020': { group: 'schemas', exports: ['default'] },
  'ajv-formats': { group: 'schemas', exports: ['default'] },
  'gray-matter': { group: 'gray-matter', exports: ['default'] },
  'markdown-it': { group: 'markdown-it', exports: ['default'] },
  'yaml': { group: 'yaml', exports: ['isAlias', 'isMap', 'isScalar', 'isSeq', 'parse', 'parseDocument', 'visit'] },
  'smol-toml': { group: 'toml', exports: ['parse', 'TomlError'] },
  '@ipld/dag-cbor': { group: 'records', exports: ['encode'] },
  'multiformats/cid': { group: 'records', exports: ['CID'] },
  'multiformats/hashes/digest': { group: 'records', exports: ['create'] },
};
const loadOnFirstUse = {
  name: 'load-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^[\w@][\w@/.-]*$/ }, (args) => (Object.hasOwn(ON_FIRST_USE, args.path) && args.namespace === 'file' && /\/src\//.test(args.importer)
      ? { path: args.path, namespace: 'on-first-use' }
      : undefined));
    build.onResolve({ filter: /^on-first-use:/ }, (args) => ({ path: args.path, namespace: 'on-first-use-group' }));
    // Every group's text is deflated and carried in base64, which needs no escaping: the runtime scans a third of
    // the characters as the bundle loads.
    build.onResolve({ filter: /^on-first-use-unpack$/ }, () => ({ path: new URL('bundle-stubs/unpack-on-first-use.mjs', import.meta.url).pathname }));
    // A group: its libraries' bundle as deflated text, run once, the first time one of them is needed.
    build.onLoad({ filter: /.*/, namespace: 'on-first-use-group' }, async (args) => {
      const group = args.path.slice('on-first-use:'.length);
      const members = Object.keys(ON_FIRST_USE).filter((name) => ON_FIRST_USE[name].group === group);
      const result = await esbuild.build({
        stdin: {
          contents: `${members.map((name, index) => `import * as library${index} from ${JSON.stringify(name)};`).join('\n')}
export const libraries = {${members.map((name, index) => `${JSON.stringify(name)}: library${index}`).join(', ')}};`,
          resolveDir: root,
          loader: 'js',
        },
        bundle: true, write: false, minify: production, target: 'es2022', platform: build.initialOptions.platform, format: 'cjs',
        define: build.initialOptions.define, inject: build.initialOptions.inject, plugins: [leaveOutUnused], logLevel: 'warning',
      });
      return {
        loader: 'js',
        contents: `const packed = ${JSON.stringify(deflateRawSync(result.outputFiles[0].contents, { level: 9 }).toString('base64'))};
let libraries;
module.exports = () => {
  if (libraries === undefined) {
    const module = { exports: {} };
    const source = require('on-first-use-unpack').unpack(packed);
    new Function('module', 'exports', 'require', source)(module, module.exports, typeof require === 'function' ? require : undefined);
    libraries = module.exports.libraries;
  }
  return libraries;
};
`,
      };
    });
    // Each export is a stand-in that calls, constructs or reads the library's own.
    build.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => ({
      resolveDir: root,
      loader: 'js',
      contents: `const group = require(${JSON.stringify(`on-first-use:${ON_FIRST_USE[args.path].group}`)});
const library = () => group()[${JSON.stringify(args.path)}];
const real = (name) => (name === 'default' ? library().default ?? library() : library()[name]);
const standIn = (name) => new Proxy(function () {}, {
  apply: (_target, self, args) => Reflect.apply(real(name), self, args),
  construct: (_target, args) => Reflect.construct(real(name), args),
  get: (_target, key) => real(name)[key],
});
exports.__esModule = true;
for (const name of ${JSON.stringify(ON_FIRST_USE[args.path].exports)}) exports[name] = standIn(name);
`,
    }));
  },
};
// Every source file imports `vscode` as a namespace; from a CommonJS module, esbuild gives each such import its own
// copy of the API's ~190 names, made as the bundle loads (40 copies took 30 ms). They all import this one module
// instead, which copies the names once.
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ loader: 'js', contents: "export * from 'vscode';" }));
  },
};
// load-on-first-use comes first: it claims yaml before leave-out-unused would point the bundle at yaml's ES build.
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'es2022', plugins: [loadOnFirstUse, leaveOutUnused, vscodeOnce] };

const builds = [
  { ...common, entryPoints: ['src/extension/extension.node.ts'], outfile: 'dist/extension.node.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['src/extension/extension.web.ts'],
    outfile: 'dist/extension.web.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    define: { global: 'globalThis' },
    // gray-matter maps `fs` away for browsers itself (package.json "browser") but still calls Buffer.from.
    inject: ['scripts/web-shims/buffer.mjs'],
  },
  // Inline source maps in development, so media/ only ever holds what the .vsix ships.
  { ...common, sourcemap: production ? false : 'inline', entryPoints: ['src/webview/preview.ts'], outfile: 'media/preview.js', platform: 'browser', format: 'iife' },
  // fdir (under tinyglobby) is an ES module that asks for import.meta.url, which a CommonJS bundle gives as __filename's URL.
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
];

const testBuilds = [
  { ...common, sourcemap: true, minify: false, entryPoints: ['test/unit/*.test.ts'], outdir: 'out/test/unit', platform: 'node', format: 'cjs', packages: 'external', plugins: [] },
  { ...common, sourcemap: true, minify: false, entryPoints: ['test/generators/*.test.ts'], outdir: 'out/test/generators', platform: 'node', format: 'cjs', packages: 'external', plugins: [] },
  { ...common, sourcemap: true, minify: false, entryPoints: ['test/pds/*.test.ts'], outdir: 'out/test/pds', platform: 'node', format: 'cjs', packages: 'external', plugins: [] },
  {
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: ['test/integration/web/index.ts'],
    outfile: 'out/test/integration/web/index.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    define: { global: 'globalThis' },
  },
  {
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: ['test/integration/node/index.ts'],
    outfile: 'out/test/integration/node/index.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  },
];

/**
 * The bundles' source as ASCII only: esbuild escapes other characters in strings but not in regular expressions
 * (twitter-text's and the core's), and one such character makes the runtime read the whole 700 KB bundle as
 * two-byte text, slower to read and to parse on every activation. `\uXXXX` means the same code unit in a string,
 * a regular expression (a surrogate pair is one code point under the `u` flag, as written) and an identifier;
 * an identity escape `\€` becomes `\u20ac`.
 */
function asciiOnly(source) {
  return source.replace(/(\\*)([\u0080-\uffff])/g, (_whole, backslashes, character) =>
    `${backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes}\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Builds one bundle, writing its JavaScript as ASCII only. */
async function buildAscii(options) {
  const result = await esbuild.build({ ...options, write: false });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.path.endsWith('.js') ? asciiOnly(file.text) : file.contents);
  }
}

await Promise.all([...builds.map(buildAscii), ...(production ? [] : testBuilds.map((options) => esbuild.build(options)))]);
