/**
 * ajv's errors for a line item → one sentence naming the property path and what it must be.
 *
 * @module
 */
import type { ErrorObject } from 'ajv';
import { quotePrefix } from './value-limits.ts';

/** `transformation`: the value could not become a line item; `validation`: it broke a rule. */
export class LineItemError extends Error {
  constructor(
    message: string,
    readonly stage: 'transformation' | 'validation',
  ) {
    super(message);
    this.name = 'LineItemError';
  }
}

const RULES: Readonly<Record<string, string>> = {
  Quantity: 'must be a positive integer',
  Id: 'must be a non-negative integer',
  BillingCycle: 'must be one of Unknown, Monthly, Annual, None, OneTime, Triennial, Biennial',
  TermDuration: 'must be an ISO 8601 duration such as P1M, P1Y or P3Y',
  CatalogItemId: 'must be a catalog item identifier such as DG7GMGF0DWTL:0001:DG7GMGF0DSJB',
  CurrencyCode: 'must be a three-letter currency code such as USD',
  Key: 'must be one of Unknown, TransactionReseller, ConsumptionReseller, AdditionalTransactionReseller',
  CustomTermEndDate: 'must be a date written as yyyy-MM-dd',
  AttestationAccepted: 'must be $true or $false',
  ProvisioningContext: 'must be a hashtable of string keys and string values',
  Participants: 'must be a list of @{Key=…; Value=…}',
  AddonItems: 'must be a list of line items',
  RenewsTo: 'must be @{TermDuration=…}',
  OrderGroup: 'must be a string such as "0"',
  Error: 'must be @{ErrorCode=…; ErrorDescription=…}',
};

function segmentsOf(instancePath: string): string[] {
  return instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function displayPath(base: string, segments: readonly string[]): string {
  return segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : `${path}.${s}`), base);
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let current: unknown = root;
  for (const s of segments) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, s)) return undefined;
    current = (current as Record<string, unknown>)[s];
  }
  return current;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${quotePrefix(value)}"`;
  if (value === null || value === undefined) return '$null';
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'a hashtable';
  return String(value);
}

/** The most useful error first: a missing property, then a bad value, then the rest. */
export function describeSchemaError(errors: readonly ErrorObject[], item: unknown, base: string): LineItemError {
  const ranked = [...errors].sort((a, b) => rank(a) - rank(b));
  const error = ranked[0];
  if (!error) return new LineItemError(`${base} is not a valid line item.`, 'validation');
  const segments = segmentsOf(error.instancePath);
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: string }).missingProperty);
    return new LineItemError(`${displayPath(base, segments)} is missing the required property ${missing}.`, 'validation');
  }
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty?: string }).additionalProperty);
    return new LineItemError(`The property '${extra}' cannot be found on ${displayPath(base, segments)}.`, 'transformation');
  }
  const property = [...segments].reverse().find((s) => Object.prototype.hasOwnProperty.call(RULES, s));
  const rule = property === undefined ? `must satisfy: ${error.message ?? error.keyword}` : RULES[property];
  const stage = error.keyword === 'type' && property === undefined ? 'transformation' : 'validation';
  return new LineItemError(`${displayPath(base, segments)} ${rule} (got ${show(valueAt(item, segments))}).`, stage);
}

function rank(error: ErrorObject): number {
  if (error.keyword === 'required') return 0;
  if (error.keyword === 'additionalProperties') return 1;
  return 2 + error.instancePath.split('/').length;
}
