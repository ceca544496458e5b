/**
 * Reads a Partner Center error body. Two shapes occur: the fault
 * `{"code": 800008, "description": "...", "data": [], "source": "..."}` and the throttling answer
 * `{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 57 seconds."}`.
 * `data` is "a list of error objects" (error-codes page) but arrives in more than one form: strings
 * (`"LicenseQuotaExceededException : …"`), cart errors `{lineItemId, errorCode, errorDescription}`,
 * or other objects. Each entry is shown: strings as they are, cart errors named, others as JSON.
 */
import { cartErrorCodeName } from './cart-error-codes.ts';
import { readArray, readField, readString } from './wire.ts';

export interface ErrorBody {
  code?: string;
  description?: string;
  /** The entries of a fault's `data` (cart errors of 800009, strings, …), one text each. */
  lineErrors?: string[];
}

/** At most this many characters of one `data` entry are shown. */
const MAX_ENTRY_TEXT = 500;

function clip(text: string): string {
  return text.length > MAX_ENTRY_TEXT ? `${text.slice(0, MAX_ENTRY_TEXT)}…` : text;
}

/** One `data` entry as text; a cart error `{lineItemId, catalogItemId, errorCode, errorDescription}` → `Line item 0 (<id>): <code name>: <description>`. */
function describeDataEntry(entry: unknown): string[] {
  if (typeof entry === 'string') return entry.trim() === '' ? [] : [clip(entry.trim())];
  if (typeof entry === 'number' || typeof entry === 'boolean') return [String(entry)];
  if (entry === null || entry === undefined) return [];
  const description = readString(entry, 'errorDescription') ?? readString(entry, 'description') ?? readString(entry, 'message');
  if (!description) return [clip(JSON.stringify(entry))];
  const id = readString(entry, 'lineItemId') ?? readString(entry, 'id');
  const item = readString(entry, 'catalogItemId');
  const code = readField(entry, 'errorCode') ?? readField(entry, 'code');
  const named = `${code === undefined ? '' : `${cartErrorCodeName(code)}: `}${description}`;
  if (id === undefined && item === undefined) return [clip(named)];
  return [clip(`Line item${id === undefined ? '' : ` ${id}`}${item ? ` (${item})` : ''}: ${named}`)];
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
  const lineErrors = readArray(json, 'data').flatMap(describeDataEntry);
  if (lineErrors.length > 0) result.lineErrors = lineErrors;
  return result;
}
