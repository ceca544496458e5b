/**
 * PSCredential and SecureString parameters: argv gives at most the user name, never a secret
 * (the secret comes from PCSH_CLIENT_SECRET, a hidden prompt or the pwsh module).
 *
 * @module
 */
import { cannotConvert, cannotConvertArgument, transformationError } from './binding-errors.ts';
import { LiteralSyntaxError } from './literal/ps-value.ts';
import type { PsValue } from './literal/ps-value.ts';
import { parseArgument } from './literal/parse-literal.ts';
import type { ConvertTarget } from './convert-scalar.ts';
import type { RawValue } from './raw-value.ts';
import { isStringifiedObject } from './structured-text.ts';
import { quotePrefix } from './value-limits.ts';

export function secretValue(target: ConvertTarget, typeName: string, raw: RawValue): unknown {
  if (typeName === 'SecureString') {
    if (raw.kind === 'data' && typeof raw.value === 'string') return raw.value;
    throw transformationError(
      target.command,
      target.name,
      'A SecureString cannot be given as plain text on the command line. Leave the parameter out to be asked for it on a terminal, or pass it from pwsh through the pcsh PowerShell module (Import-Module PartnerCenter).',
    );
  }
  if (raw.kind === 'data' && raw.value !== null && typeof raw.value === 'object' && !Array.isArray(raw.value)) {
    const data = raw.value as Record<string, unknown>;
    const user = data['UserName'] ?? data['userName'];
    if (typeof user === 'string') return typeof data['Password'] === 'string' ? { UserName: user, Password: data['Password'] } : { UserName: user };
  }
  const text = raw.kind === 'text' ? raw.text : raw.kind === 'data' && typeof raw.value === 'string' ? raw.value : undefined;
  const literal = text === undefined || raw.kind !== 'text' ? text : readLiteral(text);
  if (literal === null) return null;
  if (typeof literal === 'boolean') {
    const shown = literal ? 'True' : 'False';
    throw cannotConvert(target.command, target.name, shown, target.dotNet, `Invalid cast from 'System.Boolean' to '${target.dotNet}'.`);
  }
  if (Array.isArray(literal)) {
    throw cannotConvertArgument(target.command, target.name, 'System.Object[]', target.dotNet, 'Specified method is not supported.');
  }
  if (text === undefined || typeof literal !== 'string' || isStringifiedObject(text, true) || text.trim().startsWith('@{')) {
    throw transformationError(
      target.command,
      target.name,
      `A PSCredential cannot be read from "${quotePrefix(text ?? (raw.kind === 'texts' ? raw.texts.join(',') : ''))}". On a command line give the user name or application id as the value; the secret comes from PCSH_CLIENT_SECRET or a hidden prompt. From pwsh, pass the PSCredential object through the pcsh PowerShell module (Import-Module PartnerCenter).`,
    );
  }
  return { UserName: literal };
}

/** argv text as PowerShell reads it: a quoted string loses its quotes, a number keeps its text, `$null` is null. */
function readLiteral(text: string): PsValue {
  try {
    const value = parseArgument(text);
    return typeof value === 'number' ? text.trim() : value;
  } catch (error) {
    if (error instanceof LiteralSyntaxError) return text;
    throw error;
  }
}
