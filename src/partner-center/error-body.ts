/**
 * Reads a Partner Center error body. Two shapes occur: the fault
 * `{"code": 800008, "description": "...", "data": [], "source": "..."}` and the throttling answer
 * `{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 57 seconds."}`.
 */
import { cartErrorCodeName } from './cart-error-codes.ts';
import { readArray, readField, readString } from './wire.ts';

export interface ErrorBody {
  code?: string;
  description?: string;
  /** The per-line CartErrors a fault lists in `data` (800009), one text each. */
  lineErrors?: string[];
}

/** `{lineItemId, catalogItemId, errorCode, errorDescription}` → `Line item 0 (<id>): <code name>: <description>`. */
function describeLineError(entry: unknown): string[] {
  const description = readString(entry, 'errorDescription');
  if (!description) return [];
  const id = readString(entry, 'lineItemId') ?? readString(entry, 'id');
  const item = readString(entry, 'catalogItemId');
  const code = readField(entry, 'errorCode');
  const where = `Line item${id === undefined ? '' : ` ${id}`}${item ? ` (${item})` : ''}`;
  return [`${where}: ${code === undefined ? '' : `${cartErrorCodeName(code)}: `}${description}`];
}

export function parseErrorBody(text: string | undefined): ErrorBody {
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  const result: ErrorBody = {};
  const code = readField(json, 'code');
  if ((typeof code === 'number' || typeof code === 'string') && String(code) !== '') result.code = String(code);
  const description = readString(json, 'description') ?? readString(json, 'message') ?? readString(json, 'error_description');
  if (description) result.description = description;
  const lineErrors = readArray(json, 'data').flatMap(describeLineError);
  if (lineErrors.length > 0) result.lineErrors = lineErrors;
  return result;
}
