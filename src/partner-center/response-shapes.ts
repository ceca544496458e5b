/**
 * What a 2xx answer must look like before it becomes a PowerShell object: a 200 with an unrelated
 * body is an error, not a cart with an empty CartId. The validators are compiled from
 * schemas/*.schema.json at build time (scripts/build/compile-schemas.ts); nothing compiles here.
 *
 * @module
 */
import type { ErrorObject } from 'ajv';
import validateCart from './generated/cart.validate.js';
import validateCheckoutResult from './generated/checkout-result.validate.js';
import type { RequestOptions } from './client-types.ts';

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** The first few schema errors as one short line: `/lineItems/0: must have required property 'catalogItemId'`. */
function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string {
  const lines = (errors ?? []).slice(0, 3).map((error) => `${error.instancePath || 'the body'}: ${error.message ?? 'does not fit'}`);
  return [...new Set(lines)].join('; ') || 'it does not fit the expected shape';
}

/** The service answers camelCase; property names are read case-insensitively, so `Id` fits as `id`. */
function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key.charAt(0).toLowerCase() + key.slice(1), camelCaseKeys(entry)]));
}

function expectation(what: string, validate: Validator): NonNullable<RequestOptions['expect']> {
  return {
    what,
    check: (body) => (validate(camelCaseKeys(body)) ? undefined : describeSchemaErrors(validate.errors)),
  };
}

export const EXPECT_CART = expectation('a cart', validateCart);
export const EXPECT_CHECKOUT_RESULT = expectation('a checkout result', validateCheckoutResult);
