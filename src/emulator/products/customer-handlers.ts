/**
 * GET /v1/customers (paged, optionally filtered) and GET /v1/customers/{customerId}.
 * The filter is the SDK's simple field filter as JSON, e.g.
 * `{"Field":"Domain","Value":"contoso","Operator":"starts_with"}`: Domain or CompanyName, and
 * starts_with, the one operation the customers endpoint supports. A customer id the partner has
 * no relationship with is 403 20002.
 *
 * @module
 */
import { readField, readString } from '../../partner-center/wire.ts';
import type { WireObject } from '../../partner-center/wire.ts';
import type { ApiRequest, RouteHandler } from '../context.ts';
import { catalogErrors } from './catalog-errors.ts';
import { CUSTOMERS, findCustomer } from './customers-data.ts';
import { pageOf } from './paging.ts';

/** Used when the request gives no `size`; small, so the seeded customers span pages. */
const CUSTOMER_PAGE_SIZE = 2;
const MAX_PAGE_SIZE = 500;

const SEARCH_FIELDS: Record<string, string> = { domain: 'domain', companyname: 'companyName' };

function readPageSize(request: ApiRequest): number {
  const raw = request.query?.get('size');
  if (raw === null || raw === undefined) return CUSTOMER_PAGE_SIZE;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw catalogErrors.invalidInput(`size must be 1 to ${MAX_PAGE_SIZE}, got '${raw}'`);
  return size;
}

function readFilter(text: string): (customer: WireObject) => boolean {
  let filter: unknown;
  try {
    filter = JSON.parse(text);
  } catch {
    throw catalogErrors.invalidInput('the filter is not JSON');
  }
  const field = SEARCH_FIELDS[(readString(filter, 'Field') ?? '').toLowerCase()];
  const operator = readString(filter, 'Operator') ?? '';
  const value = readField(filter, 'Value');
  if (!field) throw catalogErrors.invalidInput(`the filter field ${JSON.stringify(readField(filter, 'Field') ?? null)} is not Domain or CompanyName`);
  if (operator.toLowerCase() !== 'starts_with') throw catalogErrors.invalidInput(`the filter operator '${operator}' is not starts_with`);
  if (typeof value !== 'string' || value === '') throw catalogErrors.invalidInput('the filter value must be a non-empty string');
  const prefix = value.toLowerCase();
  return (customer) => (readString(readField(customer, 'companyProfile'), field) ?? '').toLowerCase().startsWith(prefix);
}

export const listCustomers: RouteHandler = async (request) => {
  const size = readPageSize(request);
  const filterText = request.query?.get('filter');
  const matches = filterText ? CUSTOMERS.filter(readFilter(filterText)) : [...CUSTOMERS];
  const self = new URLSearchParams({ size: String(size) });
  if (filterText) self.set('filter', filterText);
  return { status: 200, body: pageOf(matches, request, size, `/customers?${self.toString()}`) };
};

export const getCustomer: RouteHandler = async (request) => {
  const customer = findCustomer(request.params.customerId!);
  if (!customer) throw catalogErrors.noRelationship(request.params.customerId!);
  return { status: 200, body: customer };
};
