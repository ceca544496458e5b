// Loader hook for tests: any attempt to load @azure/msal-* fails loudly.
// Use: node --import tsx --import ./test/auth/helpers/deny-msal.mjs script.ts
import { register } from 'node:module';

register('data:text/javascript,' + encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (/@azure[\\/\\\\]msal-/.test(specifier)) throw new Error('msal was loaded: ' + specifier);
  return next(specifier, context);
}`));
