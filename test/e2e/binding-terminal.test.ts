/**
 * Issue 3 on a terminal: the real commands under a pseudo-terminal (util-linux `script`), driven
 * like expect — wait for a prompt, type the answer. Missing mandatory parameters are asked for
 * (`Supply values for the following parameters:`) and binding goes on with the answers; -Confirm
 * shows PowerShell's prompt and choices, N does nothing, ? prints the help, Y runs.
 * Skipped, saying so, where `script` is not available.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, root, type Sandbox } from './run-command.ts';

const G = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';
const LI = "@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=5; BillingCycle='Monthly'; TermDuration='P1M'}";
const N = 'New-PartnerCustomerCart';

const hasScript = process.platform === 'linux' && spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;
if (!hasScript) console.log('skipped: util-linux `script` is not available to give the commands a terminal; the prompt tests did not run');

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

interface Step { waitFor: string; send: string }

/** Runs dist/bin/<command>.js on a pty; each step waits for text (after the previous one) and types. */
function onTerminal(
  sandbox: Sandbox,
  command: string,
  args: string[],
  steps: Step[],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  const line = [process.execPath, join(root, 'dist/bin', `${command}.js`), ...args].map(quote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', line, '/dev/null'], { env: { ...sandbox.env, ...env, TERM: 'dumb' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let from = 0;
    const pending = [...steps];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out waiting for ${JSON.stringify(pending[0]?.waitFor)}; output so far:\n${output}`));
    }, 20_000);
    const advance = () => {
      while (pending.length > 0) {
        const at = output.indexOf(pending[0]!.waitFor, from);
        if (at < 0) return;
        from = at + pending[0]!.waitFor.length;
        child.stdin.write(pending.shift()!.send);
      }
    };
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString().replace(/\r/g, '');
      advance();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pending.length > 0) reject(new Error(`exited (${code}) before ${JSON.stringify(pending[0]!.waitFor)}; output:\n${output}`));
      else resolve({ code: code ?? -1, output });
    });
  });
}

async function connected(): Promise<Sandbox> {
  const sandbox = createSandbox();
  const result = await sandbox.run('Connect-PartnerCenter', ['-Environment', 'Emulator']);
  assert.is(result.code, 0, result.stderr);
  return sandbox;
}

const carts = (sandbox: Sandbox) => {
  const dir = join(sandbox.dataDir, 'carts', G);
  return existsSync(dir) ? readdirSync(dir) : [];
};

const CAPTION = `cmdlet ${N} at command pipeline position 1\nSupply values for the following parameters:\n`;
const CONFIRM =
  '\nConfirm\nAre you sure you want to perform this action?\n' +
  `Performing the operation "${N}" on target "Creates a new cart for the customer with the identifier of ${G}.".\n` +
  '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ';
const CONFIRM_HELP = [
  'Y - Continue with only the next step of the operation.',
  'A - Continue with all the steps of the operation.',
  'N - Skip this operation and proceed with the next operation.',
  'L - Skip this operation and all subsequent operations.',
  'S - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.',
].join('\n');

const maybe = hasScript ? test : test.skip;

maybe('missing mandatory parameters are prompted for, and binding goes on with the answers', async () => {
  const sandbox = await connected();
  const result = await onTerminal(sandbox, N, ['-WhatIf'], [
    { waitFor: 'CustomerId: ', send: `${G}\r` },
    { waitFor: 'LineItems[0]: ', send: `${LI}\r` },
    { waitFor: 'LineItems[1]: ', send: '\r' },
  ]);
  assert.is(result.code, 0, result.output);
  assert.ok(result.output.startsWith(CAPTION), result.output);
  assert.match(result.output, `What if: Performing the operation "${N}" on target "Creates a new cart for the customer with the identifier of ${G}.".`);
  assert.equal(carts(sandbox), []);
});

maybe('only the parameters still missing are asked for; a typed answer is validated like argv', async () => {
  const sandbox = await connected();
  const result = await onTerminal(sandbox, N, ['-LineItems', LI], [{ waitFor: 'CustomerId: ', send: 'not-a-guid\r' }]);
  assert.is(result.code, 2, result.output);
  assert.not.match(result.output, 'LineItems[0]:');
  assert.match(result.output, `${N}: Cannot validate argument on parameter 'CustomerId'. The argument "not-a-guid" does not match`);
  assert.equal(carts(sandbox), []);
});

maybe('-Confirm shows PowerShell\'s prompt; N does nothing (no request), exit 0', async () => {
  const sandbox = await connected();
  const result = await onTerminal(sandbox, N, ['-CustomerId', G, '-LineItems', LI, '-Confirm'], [{ waitFor: '(default is "Y"): ', send: 'N\r' }]);
  assert.is(result.code, 0, result.output);
  assert.ok(result.output.startsWith(CONFIRM), JSON.stringify(result.output));
  assert.equal(readdirSync(sandbox.dataDir), [], 'no request reached the emulator');
});

maybe('-Confirm: ? prints the help lines and asks again; Y runs and prints the cart', async () => {
  const sandbox = await connected();
  const result = await onTerminal(sandbox, N, ['-CustomerId', G, '-LineItems', LI, '-Confirm'], [
    { waitFor: '(default is "Y"): ', send: '?\r' },
    { waitFor: '(default is "Y"): ', send: 'y\r' },
  ]);
  assert.is(result.code, 0, result.output);
  assert.match(result.output, CONFIRM_HELP);
  assert.is(result.output.split('[?] Help (default is "Y"): ').length, 3, 'asked twice');
  assert.match(result.output, /CartId +: [0-9a-f-]{36}/);
  assert.is(carts(sandbox).length, 1);
});

maybe('PCSH_CONFIRM_PREFERENCE=Low prompts on a terminal without -Confirm; Enter takes the default Y', async () => {
  const sandbox = await connected();
  const result = await onTerminal(sandbox, N, ['-CustomerId', G, '-LineItems', LI], [{ waitFor: '(default is "Y"): ', send: '\r' }], { PCSH_CONFIRM_PREFERENCE: 'Low' });
  assert.is(result.code, 0, result.output);
  assert.ok(result.output.startsWith(CONFIRM));
  assert.is(carts(sandbox).length, 1);
});

maybe('answers typed or pasted ahead of their prompts are kept for the next prompt (none lost)', async () => {
  const sandbox = await connected();
  const missing = await onTerminal(sandbox, N, ['-WhatIf'], [{ waitFor: 'CustomerId: ', send: `${G}\r${LI}\r\r` }]);
  assert.is(missing.code, 0, missing.output);
  assert.match(missing.output, 'What if: Performing the operation');
  const confirm = await onTerminal(sandbox, N, ['-CustomerId', G, '-LineItems', LI, '-Confirm'], [{ waitFor: '(default is "Y"): ', send: '?\ry\r' }]);
  assert.is(confirm.code, 0, confirm.output);
  assert.match(confirm.output, CONFIRM_HELP);
  assert.is(carts(sandbox).length, 1);
});

maybe('-Confirm: L (No to All) also does nothing', async () => {
  const sandbox = await connected();
  const result = await onTerminal(sandbox, N, ['-CustomerId', G, '-LineItems', LI, '-Confirm'], [{ waitFor: '(default is "Y"): ', send: 'l\r' }]);
  assert.is(result.code, 0, result.output);
  assert.equal(readdirSync(sandbox.dataDir), []);
});

test.run();
