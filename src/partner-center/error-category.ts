/** Partner Center's error category by HTTP status (as the SDK maps it), and status texts. */
import type { ErrorCategory } from '../core/error-record.ts';

const CATEGORY_BY_STATUS: Readonly<Record<number, ErrorCategory>> = {
  400: 'BadInput',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'InvalidOperation',
  406: 'UnsupportedDataFormat',
  408: 'RequestTimeout',
  409: 'AlreadyExists',
  429: 'TooManyRequests',
  503: 'ServerBusy',
  504: 'GatewayTimeout',
};

export function categoryForStatus(status: number): ErrorCategory {
  return CATEGORY_BY_STATUS[status] ?? 'ServerError';
}

export const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 408: 'Request Timeout', 409: 'Conflict', 412: 'Precondition Failed',
  415: 'Unsupported Media Type', 429: 'Too Many Requests', 500: 'Internal Server Error',
  501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
};
