/**
 * Fuzz (issue 11): at least 20,000 generated argv, literal, JSON, file and device inputs, in
 * process, with a fixed seed. Invariants: the binder throws nothing but a PcshError, the
 * emulator's body reader nothing but an EmulatorApiError, no input hangs (every source is
 * bounded), bound objects keep ordinary prototypes and Object.prototype stays clean.
 * `npm run fuzz` runs the same properties longer (FUZZ_SCALE, FUZZ_SEED).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { bindArguments } from '../../src/binder/index.ts';
import type { BinderIo } from '../../src/binder/index.ts';
import { MAX_VALUE_BYTES } from '../../src/binder/value-limits.ts';
import { readBoundedSync } from '../../src/core/bounded-read.ts';
import { EmulatorApiError } from '../../src/emulator/api-error.ts';
import { readCartLineItems } from '../../src/emulator/cart-input.ts';
import { buildStoredLineItems } from '../../src/emulator/line-item-rules.ts';
import { PcshError } from '../../src/core/error-record.ts';
import { cmdlet, loadCmdlets } from '../binder/registry.ts';
import { argv, CUSTOMER, DEVICE_FILES, fileText, jsonText, literalText } from './generators.ts';

const scale = Number(process.env.FUZZ_SCALE ?? 1);
const seed = Number(process.env.FUZZ_SEED ?? 20261129);
const runs = (count: number) => ({ numRuns: Math.round(count * scale), seed });
const cmdlets = loadCmdlets();
const names = [...cmdlets.keys()];
const newCart = cmdlet(cmdlets, 'New-PartnerCustomerCart');
let total = 0;

/** Devices and real paths through the real bounded reader; any other path holds `content`. */
function fuzzIo(content: string, stdin: string): BinderIo {
  return {
    cwd: '/tmp',
    readFile: (path) => (DEVICE_FILES.includes(path) || path.startsWith('/proc/') ? readBoundedSync(path, MAX_VALUE_BYTES, 'the file') : content),
    readStdin: () => stdin,
  };
}

function onlyExpected(run: () => unknown, expected: new (...args: never[]) => Error): void {
  total++;
  try {
    run();
  } catch (error) {
    if (!(error instanceof expected)) throw error;
  }
}

function assertPrototypeClean(): void {
  const probe = {} as Record<string, unknown>;
  assert.is(probe['polluted'], undefined);
  assert.is(Object.keys(Object.prototype).length, 0);
  assert.is(Object.keys(Array.prototype).length, 0);
  assert.is(Object.getPrototypeOf(probe), Object.prototype);
}

function assertPlainTree(value: unknown, depth = 0): void {
  if (depth > 100 || value === null || typeof value !== 'object') return;
  const proto = Object.getPrototypeOf(value);
  assert.ok(proto === Object.prototype || proto === Array.prototype || proto === null, 'ordinary prototype');
  for (const key of Object.keys(value)) assertPlainTree((value as Record<string, unknown>)[key], depth + 1);
}

function bind(name: string, args: string[], io: BinderIo): void {
  onlyExpected(() => assertPlainTree(bindArguments(cmdlet(cmdlets, name), args, io).bound), PcshError);
  assertPrototypeClean();
}

test('argv for every cmdlet, with device files and stdin', () => {
  fc.assert(fc.property(fc.constantFrom(...names), argv, fileText, (name, args, content) => bind(name, args, fuzzIo(content, content))), runs(7_000));
});

test('PowerShell literals as line items', () => {
  fc.assert(fc.property(literalText, (text) => bind('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', text], fuzzIo('', ''))), runs(5_000));
});

test('JSON (hostile keys, numbers, deep nesting, huge arrays) as an argument, a file and stdin', () => {
  fc.assert(fc.property(jsonText, fc.constantFrom('arg', '@file', '-'), (text, source) => {
    const value = source === 'arg' ? text : source;
    bind('New-PartnerCustomerCart', ['-CustomerId', CUSTOMER, '-LineItems', value], fuzzIo(text, text));
  }), runs(5_000));
  assert.is(newCart.name, 'New-PartnerCustomerCart');
});

test('file bytes (invalid UTF-8, NUL, BOM) and device files as line items', () => {
  fc.assert(fc.property(fileText, fc.constantFrom('@items.json', ...DEVICE_FILES.map((path) => `@${path}`)), (content, value) => {
    bind('Add-PartnerCustomerCartLineItem', ['-CustomerId', CUSTOMER, '-CartId', CUSTOMER, '-LineItems', value], fuzzIo(content, content));
  }), runs(1_500));
});

test('emulator request bodies: only EmulatorApiError, never a crash or a polluted prototype', () => {
  fc.assert(fc.property(jsonText, (text) => {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return; // the emulator answers 400 for a body that is not JSON (http-io.ts) before this reader
    }
    const wrapped = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : { lineItems: body };
    onlyExpected(() => assertPlainTree(buildStoredLineItems(readCartLineItems(wrapped))), EmulatorApiError);
    assertPrototypeClean();
  }), runs(2_000));
});

test('at least 20,000 inputs ran', () => {
  assert.ok(total >= 20_000 * Math.min(scale, 1), `${total} inputs`);
});

test.run();
