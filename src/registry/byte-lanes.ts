/**
 * The content hash's inner loop, in WebAssembly. The same loop in JavaScript runs ~10,000 times per
 * registry slice on every call, long enough for V8 to optimise it (a ~2 ms compile) but too short to
 * repay it: ~3 ms in all, against ~0.7 ms here, most of it instantiating this 136-byte module.
 *
 * The module, as assembled from this text (wabt's wat2wasm):
 *
 *   (module
 *     (memory (export "memory") 1)
 *     (func (export "lanes") (param $len i32) (result i64)
 *       (local $i i32) (local $a i32) (local $b i32) (local $u i32)
 *       (local.set $a (i32.const 0xdeadbeef))
 *       (local.set $b (i32.const 0x41c6ce57))
 *       (block $done
 *         (loop $next
 *           (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
 *           (local.set $u (i32.load8_u (local.get $i)))
 *           (local.set $a (i32.mul (i32.xor (local.get $a) (local.get $u)) (i32.const 2654435761)))
 *           (local.set $b (i32.mul (i32.xor (local.get $b) (local.get $u)) (i32.const 1597334677)))
 *           (local.set $i (i32.add (local.get $i) (i32.const 1)))
 *           (br $next)))
 *       (i64.or (i64.shl (i64.extend_i32_u (local.get $b)) (i64.const 32)) (i64.extend_i32_u (local.get $a)))))
 *
 * `byteLanesInJs` is the same loop in JavaScript: the reference the tests hold the module to.
 *
 * @module
 */

const MODULE_BASE64 =
  'AGFzbQEAAAABBgFgAX8BfgMCAQAFAwEAAQcSAgZtZW1vcnkCAAVsYW5lcwAAClkBVwEEf0Hv/bb1fSECQdecm44EIQMCQANAIAEgAE8NASABLQAAIQQgAi' +
  'AEc0Gx893xeWwhAiADIARzQZXJ1fkFbCEDIAFBAWohAQwACwsgA61CIIYgAq2ECw==';
const PAGE = 65536;

interface LanesModule {
  memory: WebAssembly.Memory;
  lanes(length: number): bigint;
}

/** Two 32-bit lanes over a byte string: [a, b], each an unsigned 32-bit integer. */
export type Lanes = [number, number];

// One instance per process, made on first use: instantiating is most of the cost.
let instance: LanesModule | undefined;

function lanesModule(): LanesModule {
  instance ??= new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(MODULE_BASE64, 'base64'))).exports as unknown as LanesModule;
  return instance;
}

/** The lanes over the UTF-8 bytes of `text`. */
export function byteLanes(text: string): Lanes {
  const module = lanesModule();
  const needed = Buffer.byteLength(text, 'utf8');
  const pages = Math.ceil(needed / PAGE) - module.memory.buffer.byteLength / PAGE;
  if (pages > 0) module.memory.grow(pages);
  const length = Buffer.from(module.memory.buffer).write(text, 0, 'utf8');
  const both = BigInt.asUintN(64, module.lanes(length));
  return [Number(both & 0xffffffffn), Number(both >> 32n)];
}

/** The same lanes computed in JavaScript (the tests' reference). */
export function byteLanesInJs(text: string): Lanes {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  for (const byte of Buffer.from(text, 'utf8')) {
    a = Math.imul(a ^ byte, 2654435761);
    b = Math.imul(b ^ byte, 1597334677);
  }
  return [a >>> 0, b >>> 0];
}
