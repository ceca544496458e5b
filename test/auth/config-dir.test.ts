import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { resolveConfigDir } from '../../src/auth/config-dir.ts';

const cases: [string, Record<string, string>, NodeJS.Platform, string][] = [
  ['PCSH_CONFIG_DIR wins everywhere', { PCSH_CONFIG_DIR: '/x/pc', XDG_CONFIG_HOME: '/xdg', APPDATA: 'C:\\A' }, 'linux', '/x/pc'],
  ['PCSH_CONFIG_DIR wins on Windows', { PCSH_CONFIG_DIR: 'D:\\pc' }, 'win32', 'D:\\pc'],
  ['XDG_CONFIG_HOME on Linux', { XDG_CONFIG_HOME: '/xdg' }, 'linux', '/xdg/pcsh'],
  ['relative XDG_CONFIG_HOME is ignored', { XDG_CONFIG_HOME: 'rel' }, 'linux', '/home/u/.config/pcsh'],
  ['~/.config on Linux', {}, 'linux', '/home/u/.config/pcsh'],
  ['empty PCSH_CONFIG_DIR is ignored', { PCSH_CONFIG_DIR: '' }, 'freebsd', '/home/u/.config/pcsh'],
  ['APPDATA on Windows', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u\\AppData\\Roaming\\pcsh'],
  ['macOS Application Support', { XDG_CONFIG_HOME: '/xdg' }, 'darwin', '/home/u/Library/Application Support/pcsh'],
];

for (const [name, env, platform, expected] of cases) {
  test(name, () => {
    assert.is(resolveConfigDir(env, platform, '/home/u'), expected);
  });
}

test('home comes from HOME when not given', () => {
  assert.is(resolveConfigDir({ HOME: '/h' }, 'linux'), '/h/.config/pcsh');
});

test.run();
