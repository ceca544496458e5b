/**
 * The country, segment and reservation scope of a catalog cmdlet's call. The original module
 * fell back to the country of the signed-in partner's context; pcsh's stored context has no
 * country, so it falls back to US (README: "Where pcsh differs from PowerShell, on purpose").
 */
import type { CatalogFilter } from '../partner-center/products.ts';

const DEFAULT_COUNTRY_CODE = 'US';

export interface CatalogParameters {
  CountryCode?: string | undefined;
  Segment?: string | undefined;
  ReservationScope?: string | undefined;
}

export function catalogFilter(parameters: CatalogParameters): CatalogFilter {
  const country = parameters.CountryCode?.trim();
  return {
    country: country ? country : DEFAULT_COUNTRY_CODE,
    segment: parameters.Segment || undefined,
    reservationScope: parameters.ReservationScope || undefined,
  };
}
