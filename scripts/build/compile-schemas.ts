/**
 * Compiles every JSON Schema at src/<stage>/schemas/<name>.schema.json into standalone ESM
 * validator code at src/<stage>/generated/<name>.validate.js (+ .d.ts), with ajv's standalone
 * code generation: the run-time path imports plain functions and never compiles a schema.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { writeFileAtomic } from '../../src/core/write-file-atomic.ts';

const require = createRequire(import.meta.url);

export function compileSchemas(root: string): string[] {
  // ajv is CommonJS; loaded here only, at build time.
  const Ajv = require('ajv').default as typeof import('ajv').default;
  const standaloneCode = require('ajv/dist/standalone').default as typeof import('ajv/dist/standalone/index.js').default;
  const written: string[] = [];
  const srcDir = join(root, 'src');
  for (const stage of readdirSync(srcDir).sort()) {
    const schemaDir = join(srcDir, stage, 'schemas');
    if (!existsSync(schemaDir)) continue;
    for (const file of readdirSync(schemaDir).sort()) {
      if (!file.endsWith('.schema.json')) continue;
      const name = file.slice(0, -'.schema.json'.length);
      const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
      const ajv = new Ajv({ code: { source: true, esm: true }, allErrors: true, strict: true, allowUnionTypes: true });
      const validate = ajv.compile(schema);
      const code = hoistRequires(standaloneCode(ajv, validate));
      const outDir = join(srcDir, stage, 'generated');
      writeFileAtomic(join(outDir, `${name}.validate.js`), `// Generated from ${stage}/schemas/${file} by scripts/build/compile-schemas.ts. Do not edit.\n${code}`);
      writeFileAtomic(
        join(outDir, `${name}.validate.d.ts`),
        `// Generated. Do not edit.\nimport type { ErrorObject } from 'ajv';\n` +
          `declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };\nexport default validate;\n`,
      );
      written.push(`${stage}/generated/${name}.validate.js`);
    }
  }
  return written;
}

/**
 * ajv's ESM standalone output still calls require() for its run-time helpers (e.g. ucs2length for
 * minLength), which fails in an ES module: turn each into a hoisted default import.
 */
function hoistRequires(code: string): string {
  const imports: string[] = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => {
    const name = `__ajvRuntime${imports.length}`;
    const path = specifier.endsWith('.js') ? specifier : `${specifier}.js`;
    imports.push(`import ${name} from ${JSON.stringify(path)};`);
    return name;
  });
  return imports.length === 0 ? body : `${imports.join('\n')}\n${body}`;
}
