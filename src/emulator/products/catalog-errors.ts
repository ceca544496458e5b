/**
 * The faults the customer and catalog routes answer, with codes from the Partner Center REST
 * error-code table: 1000 Not found (404), 20002 no commerce relationship with the customer (403),
 * 2030 partner not onboarded to sell in the country (403), 800002 invalid request input (400).
 *
 * @module
 */
import { EmulatorApiError, apiErrors } from '../api-error.ts';

export const catalogErrors = {
  /** A customer id the partner has no relationship with: Partner Center cannot tell it from one that does not exist. */
  noRelationship: (customerId: string) =>
    new EmulatorApiError(403, 20002, `This partner has no commerce relationship with the customer ${customerId}.`),
  notFound: (what: string) => new EmulatorApiError(404, 1000, `Not found: ${what}.`),
  countryNotSold: (country: string) =>
    new EmulatorApiError(403, 2030, `Partner is not onboarded to sell in country ${country}.`),
  invalidInput: (why: string) => apiErrors.invalidInput(why),
};
