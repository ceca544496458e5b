/**
 * stdout and stderr written without Node's stream objects (src/runtime/direct-output.ts): the
 * same bytes and exit code to a socket (spawn's 'pipe'), a file and a shell pipe as the same call
 * in-process through Writable streams; a descriptor that would block hands the rest to the real stream.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { directOutput } from '../../src/runtime/direct-output.ts';
import { dispatch } from '../../src/runtime/main.ts';

const root = new URL('../..', import.meta.url).pathname;
const bin = (name: string) => join(root, 'dist/bin', `${name}.js`);
const dir = mkdtempSync(join(tmpdir(), 'pcsh-direct-output-'));
const env = { PATH: process.env.PATH ?? '', HOME: dir, PCSH_CONFIG_DIR: join(dir, 'config'), NO_COLOR: '1' };
const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;

function collector() {
  const chunks: Buffer[] = [];
  const stream = new Writable({ write(chunk: Buffer, _encoding, done) { chunks.push(chunk); done(); } });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** The reference: the same call in this process, through Writable streams. */
async function throughStreams(command: string, args: string[]) {
  const out = collector();
  const err = collector();
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const environment = { root, cwd: dir, env, stdin: process.stdin, stdinIsTTY: false, stdout: out.stream, stderr: err.stream, version };
  const code = await dispatch([...args], command, environment);
  return { code, stdout: out.text(), stderr: err.text() };
}

/** One spawned run with stdout and stderr to sockets (spawn's 'pipe'). */
function throughSockets(command: string, args: string[]) {
  const result = spawnSync(process.execPath, [bin(command), ...args], { env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same run with stdout and stderr redirected by the shell: 'file', or 'pipe' (each through cat). */
function redirected(command: string, args: string[], how: 'file' | 'pipe') {
  const [out, err, status] = ['out', 'err', 'status'].map((name) => quote(join(dir, `${name}-${how}`)));
  const call = [process.execPath, bin(command), ...args].map(quote).join(' ');
  const script = how === 'file'
    ? `${call} >${out} 2>${err}; echo $? >${status}`
    : `{ { ${call}; echo $? >${status}; } 2>&3 | cat >${out}; } 3>&1 | cat >${err}`;
  spawnSync('sh', ['-c', script], { env });
  const read = (name: string) => readFileSync(join(dir, `${name}-${how}`), 'utf8');
  return { code: Number(read('status')), stdout: read('out'), stderr: read('err') };
}

const cases: Array<[string, string, string[], number]> = [
  ['Get-Command (output)', 'Get-Command', [], 0],
  ['-? (help text)', 'New-PartnerCustomerCart', ['-?'], 0],
  ['an unknown parameter (error record on stderr)', 'New-PartnerCustomerCart', ['-Foo'], 2],
];
for (const [name, command, args, code] of cases) {
  for (const how of ['socket', 'file', 'pipe'] as const) {
    test(`${name}: to a ${how}, the same bytes and exit code as through Writable streams`, async () => {
      const reference = await throughStreams(command, args);
      assert.is(reference.code, code, reference.stderr);
      assert.ok(reference.stdout.length + reference.stderr.length > 0);
      assert.equal(how === 'socket' ? throughSockets(command, args) : redirected(command, args, how), reference);
    });
  }
}

test('to /dev/null: exit codes kept', () => {
  const ok = spawnSync(process.execPath, [bin('Get-Command')], { env, stdio: 'ignore' });
  const bad = spawnSync(process.execPath, [bin('New-PartnerCustomerCart'), '-Foo'], { env, stdio: 'ignore' });
  assert.equal([ok.status, bad.status], [0, 2]);
});

test('a file: written directly, no terminal, anything else is the real stream', () => {
  const path = join(dir, 'direct.txt');
  const fd = openSync(path, 'w');
  const real = collector();
  let asked = 0;
  const output = directOutput(fd, () => (asked++, real.stream));
  output.write('one ');
  output.write(Buffer.from('two\n'));
  assert.equal([output.isTTY, output.columns, asked], [false, undefined, 0]);
  assert.is(output.writable, true); // a stream property: from the real stream
  closeSync(fd);
  assert.equal([readFileSync(path, 'utf8'), real.text(), asked], ['one two\n', '', 1]);
});

test('a pipe that would block: the rest goes to the real stream, in order', () => {
  const fifo = join(dir, 'fifo');
  assert.is(spawnSync('mkfifo', [fifo]).status, 0);
  const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK); // no reader draining it: fills up
  const real = collector();
  const output = directOutput(fd, () => real.stream);
  const text = Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`).join(''); // > a pipe's 64 KiB
  output.write(text);
  output.write('after\n');
  const buffer = Buffer.alloc(text.length);
  const inPipe = readSync(fd, buffer, 0, buffer.length, null);
  closeSync(fd);
  assert.ok(inPipe > 0 && inPipe < text.length);
  assert.is(buffer.subarray(0, inPipe).toString('utf8') + real.text(), `${text}after\n`);
});

test.run();
