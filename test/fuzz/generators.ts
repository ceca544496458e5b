/**
 * Hostile inputs for the fuzz test: argv fragments, PowerShell literals, JSON with deep nesting,
 * huge arrays, prototype keys, NUL and invalid UTF-8, numeric edge cases, and device files.
 */
import fc from 'fast-check';

export const CUSTOMER = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08';

const FRAGMENTS = [
  '-', '--', '-CustomerId', '-C', '-CartId', '-LineItems', '-WhatIf:', '-WhatIf:$false', '-Confirm', '-ea', 'Stop', '-Tenant', '-Credential',
  '-AccessToken', '-Environment', 'Emulator', '-Debug', '-Verbose', '-ErrorAction', 'Inquire', '@{', '}', '@(', ')', "'", '"', '`', ',', ';',
  '=', '$true', '$false', '$null', '__proto__', 'constructor', 'prototype', 'CatalogItemId', 'Quantity', 'BillingCycle', 'TermDuration',
  'ProvisioningContext', 'AddOnItems', '1', '-1', '0x1F', '1e309', '-0', '9007199254740993', 'NaN', 'Infinity', '2147483648', 'P1M',
  '[', ']', '{', ':', '@', '@/dev/zero', '@/dev/null', '@/dev/urandom', '@/proc/self/status', '@/tmp', '@/nonexistent/x', '@items.json',
  'System.Object[]', CUSTOMER, ' ', '\n', '\u0000', '\uFFFD', '\uD800', '💳',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const tokenText = fc.oneof(fc.string({ maxLength: 16 }), fc.array(fragment, { maxLength: 10 }).map((parts) => parts.join('')));
export const argv = fc.array(tokenText, { maxLength: 12 });
export const literalText = fc.oneof(tokenText, fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join('')));

const NUMBERS = ['0', '-0', '1e309', '-1e309', '1e-400', '9007199254740993', '2147483648', '-2147483649', '0.5', '1.0', '12345678901234567890', '1E2'];
const KEYS = ['__proto__', 'constructor', 'prototype', 'CatalogItemId', 'catalogItemId', 'Quantity', 'BillingCycle', 'ProvisioningContext',
  'AddOnItems', 'lineItems', 'x\u0000y', '', 'toString', 'hasOwnProperty', 'valueOf'];

/** A JSON text with hostile keys and numbers that fc.jsonValue does not produce. */
const hostileJson: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...NUMBERS, 'null', 'true', '"Monthly"', '"\\u0000"', '"\\ud800"', `"${CUSTOMER}"`, '"CFQ7TTC0LH18:0001:CFQ7TTC0K971"'),
    fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 6 })
      .map((pairs) => `{${pairs.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
  ),
})).value;

/** Deeply nested arrays, objects and literals; huge arrays. */
const extremeText = fc.oneof(
  fc.integer({ min: 1, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => `${'@('.repeat(depth)}1${')'.repeat(depth)}`),
  fc.integer({ min: 1, max: 2_000 }).map((depth) => `${"@{a=".repeat(depth)}1${'}'.repeat(depth)}`),
  fc.integer({ min: 1, max: 100_000 }).map((length) => `[${'1,'.repeat(length)}1]`),
  fc.integer({ min: 1, max: 20_000 }).map((length) => `@(${'1,'.repeat(length)}1)`),
);

export const jsonText = fc.oneof(
  { weight: 6, arbitrary: hostileJson },
  { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: extremeText },
);

/** File content as bytes (invalid UTF-8, NUL, BOMs included), decoded the way pcsh reads a file. */
export const fileText = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.tuple(fc.constantFrom('\uFEFF', '', '\u0000'), jsonText).map(([prefix, text]) => `${prefix}${text}`),
);

export const DEVICE_FILES = ['/dev/zero', '/dev/null', '/dev/urandom', '/proc/self/status', '/tmp', '/nonexistent/x'];
