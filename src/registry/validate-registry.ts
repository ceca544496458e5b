/**
 * Checks a built registry against schemas/registry.schema.json with the standalone validator
 * that `npm run build` generates (BUILD TIME ONLY: the run-time loader never imports this).
 *
 * @module
 */
import validate from './generated/registry.validate.js';
import type { Diagnostic } from './model.ts';

export function validateRegistry(registry: unknown, file = 'registry.json'): Diagnostic[] {
  if (validate(registry)) return [];
  return (validate.errors ?? []).map((error) => ({
    file,
    line: 1,
    section: 'schema',
    id: 'registry-schema',
    message: `${error.instancePath || '/'} ${error.message ?? 'is invalid'}.`,
  }));
}
