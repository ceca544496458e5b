// Preloaded (NODE_OPTIONS=--require) into a spawned command: at exit, writes the built-in modules
// it loaded after this point, one a line, to the file named by PCSH_TEST_BUILTINS_OUT.
'use strict';
const before = new Set(process.moduleLoadList);
process.on('exit', () => {
  const loaded = process.moduleLoadList.filter((name) => !before.has(name)).map((name) => name.replace(/^NativeModule /, ''));
  require('node:fs').writeFileSync(process.env.PCSH_TEST_BUILTINS_OUT, loaded.join('\n'));
});
