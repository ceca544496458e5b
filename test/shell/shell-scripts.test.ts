/**
 * The generated completion scripts loaded in the real shells (bash, zsh, fish), each asked to
 * complete as a user's TAB would: bash through COMP_LINE/COMP_POINT and the registered function,
 * zsh through `_comps` and a compadd that records what it is given, fish through `complete -C`.
 * `pcsh` is put on PATH as npm would (a link to dist/bin/pcsh.js).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const bin = mkdtempSync(join(tmpdir(), 'pcsh-shells-bin-'));
symlinkSync(join(root, 'dist/bin/pcsh.js'), join(bin, 'pcsh'));
const work = mkdtempSync(join(tmpdir(), 'pcsh-shells-cwd-'));
writeFileSync(join(work, 'items.json'), '[]');
const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: work, PCSH_CONFIG_DIR: join(work, 'config'), NO_COLOR: '1' };
const script = (shell: string) => join(root, 'dist/completion', `pcsh.${shell}`);

function run(shell: string, args: string[]): string {
  const result = spawnSync(shell, args, { cwd: work, env, encoding: 'utf8', timeout: 20_000 });
  assert.is(result.status, 0, `${shell} failed: ${result.stderr}`);
  return result.stdout;
}

const singleQuoted = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

/** Calls the function `complete -p` registered for the line's command, then prints COMPREPLY. */
const bashAsk = (line: string) => {
  const registered = `$(complete -p ${line.split(' ')[0]} | sed -E 's/.*-F ([^ ]+) .*/\\1/')`;
  return `COMP_LINE=${singleQuoted(line)}; COMP_POINT=\${#COMP_LINE}; ${registered}; printf '%s\\n' "\${COMPREPLY[@]}"; echo ---`;
};

test('bash: registered for pcsh and every cmdlet; completes names, parameters, values and -Confirm:', () => {
  const lines = [
    'New-PartnerCustomerCart -Cu',
    'pcsh Submit-PartnerCustomerCart -Confirm:',
    'pcsh New-Part',
    'Connect-PartnerCenter -Environment Em',
    'New-PartnerCustomerCart -LineItems @it',
    'Submit-PartnerCustomerCart -Confirm:\\$',
    `New-PartnerCustomerCart -LineItems "@{BillingCycle='Mo`,
  ];
  const out = run('bash', ['--norc', '-c', `source ${script('bash')}; complete -p pcsh Get-Help >/dev/null || exit 3; ${lines.map(bashAsk).join('; ')}`]);
  // bash replaces only the text after ':' (outside quotes), and the candidate is quoted for the command line.
  assert.equal(out.split('---\n').slice(0, -1), [
    '-CustomerId\n',
    '\\$true\n\\$false\n',
    'New-PartnerCustomerCart\n',
    'Emulator\n',
    '@items.json\n', // '@' is in COMP_WORDBREAKS, but readline replaces a word that starts with it whole
    '\\$true\n\\$false\n', // after `-Confirm:\$` (what the first TAB inserted) the same two
    "@{BillingCycle='Monthly\n", // inside an open quote: the text after the quote is replaced
  ]);
});

test('bash-completion finds by command name what `pcsh completion --install bash` wrote, and loads it', () => {
  const home = mkdtempSync(join(tmpdir(), 'pcsh-bash-home-'));
  const homeEnv = { ...env, HOME: home };
  const installed = spawnSync('pcsh', ['completion', '--install', 'bash'], { cwd: work, env: homeEnv, encoding: 'utf8' });
  assert.is(installed.status, 0, installed.stderr);
  const loader = '/usr/share/bash-completion/bash_completion';
  const out = spawnSync('bash', ['--norc', '-c', `source ${loader}; __load_completion Submit-PartnerCustomerCart; complete -p Submit-PartnerCustomerCart`], {
    cwd: work, env: homeEnv, encoding: 'utf8',
  });
  assert.is(out.stdout, 'complete -F _pcsh_complete Submit-PartnerCustomerCart\n', out.stderr);
});

test('zsh: registered through compdef; completes parameters and cmdlet names', () => {
  const capture = `compadd() { local -a a=("$@"); print -rl -- "\${(@)a[\${a[(i)--]}+1,-1]}"; }`;
  const ask = (words: string[]) => `words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; _pcsh; print -- ---`;
  const out = run('zsh', ['-f', '-c', [
    'autoload -Uz compinit && compinit -u -D',
    `source ${script('zsh')}`,
    'print -- ${_comps[pcsh]} ${_comps[Submit-PartnerCustomerCart]}',
    capture,
    ask(['New-PartnerCustomerCart', '-cu']),
    ask(['pcsh', 'Get-H']),
    ask(['Submit-PartnerCustomerCart', '-WhatIf:']),
  ].join('\n')]);
  assert.equal(out.split('---\n').slice(0, -1), ['_pcsh _pcsh\n-CustomerId\n', 'Get-Help\n', '-WhatIf:$true\n-WhatIf:$false\n']);
});

test('zsh: the same file as _pcsh on $fpath is found by compinit and completes on first use (autoload)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-zsh-fpath-'));
  copyFileSync(script('zsh'), join(dir, '_pcsh'));
  const capture = `compadd() { local -a a=("$@"); print -rl -- "\${(@)a[\${a[(i)--]}+1,-1]}"; }`;
  const out = run('zsh', ['-f', '-c', [
    `fpath=(${dir} $fpath)`,
    'autoload -Uz compinit && compinit -u -D',
    'print -- ${_comps[Get-Help]}',
    capture,
    "words=(Get-Help -Ful); CURRENT=2; _pcsh",
  ].join('\n')]);
  assert.is(out, '_pcsh\n-Full\n');
});

test('fish: complete -C asks pcsh for every registered command', () => {
  const asks = ['New-PartnerCustomerCart -Cu', 'pcsh Get-PartnerCustomerC', 'Connect-PartnerCenter -Environment Azure', 'Submit-PartnerCustomerCart -Confirm:'];
  const out = run('fish', ['--no-config', '-c', `source ${script('fish')}; ${asks.map((a) => `complete -C ${JSON.stringify(a)}; echo ---`).join('; ')}`]);
  assert.equal(out.split('---\n').slice(0, -1), [
    '-CustomerId\n',
    'Get-PartnerCustomerCart\n',
    'AzureCloud\nAzureChinaCloud\nAzureGermanCloud\nAzurePPE\nAzureUSGovernment\n',
    '-Confirm:$true\n-Confirm:$false\n',
  ]);
});

test.run();
