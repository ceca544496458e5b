/**
 * Reads a Partner Center error body. Two shapes occur: the fault
 * `{"code": 800008, "description": "...", "data": [], "source": "..."}` and the throttling answer
 * `{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 57 seconds."}`.
 */
import { readField, readString } from './wire.ts';

export interface ErrorBody {
  code?: string;
  description?: string;
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
  return result;
}
