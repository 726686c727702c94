// gray-matter loads js-yaml for its default YAML engine, which Threadwright replaces with the `yaml`
// package (it keeps source ranges); this stand-in keeps js-yaml out of the bundles.
function unused() {
  throw new Error('js-yaml is not bundled: Threadwright reads front matter with the yaml package');
}
module.exports = { safeLoad: unused, safeDump: unused };
