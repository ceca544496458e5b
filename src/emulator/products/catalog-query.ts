/**
 * Reads and checks the query of a catalog request: country (required, a two-letter code the
 * emulator sells in), targetSegment and reservationScope (optional).
 *
 * @module
 */
import type { ApiRequest } from '../context.ts';
import { catalogErrors } from './catalog-errors.ts';
import { COUNTRY_CURRENCIES } from './countries.ts';

const SEGMENTS = ['commercial', 'education', 'government', 'nonprofit'];

export interface CatalogQuery {
  country: string;
  /** Lower-cased; undefined when not given. */
  segment?: string;
  /** Only AzurePlan is a reservation scope. */
  reservationScope?: string;
}

function readCountry(request: ApiRequest): string {
  const raw = request.query?.get('country');
  if (!raw) throw catalogErrors.invalidInput('the country query parameter is required');
  if (!/^[A-Za-z]{2}$/.test(raw)) throw catalogErrors.invalidInput(`the country '${raw}' is not a two-letter ISO 3166 code`);
  const country = raw.toUpperCase();
  if (!COUNTRY_CURRENCIES[country]) throw catalogErrors.countryNotSold(country);
  return country;
}

export function readCatalogQuery(request: ApiRequest): CatalogQuery {
  const query: CatalogQuery = { country: readCountry(request) };
  const segment = request.query?.get('targetSegment');
  if (segment) {
    if (!SEGMENTS.includes(segment.toLowerCase())) throw catalogErrors.invalidInput(`the target segment '${segment}' is not one of ${SEGMENTS.join(', ')}`);
    query.segment = segment.toLowerCase();
  }
  const scope = request.query?.get('reservationScope');
  if (scope) {
    if (scope.toLowerCase() !== 'azureplan') throw catalogErrors.invalidInput(`the reservation scope '${scope}' is not AzurePlan`);
    query.reservationScope = 'AzurePlan';
  }
  return query;
}

/** The query string of a self link: the parameters that shaped the answer, in a fixed order. */
export function selfQuery(query: CatalogQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ country: query.country, ...extra });
  if (query.segment) params.set('targetSegment', query.segment);
  if (query.reservationScope) params.set('reservationScope', query.reservationScope);
  return params.toString();
}
