/**
 * The countries the emulator's catalog sells in, with the currency its availabilities quote.
 * A country outside this list is refused as Partner Center refuses a country it does not sell in.
 *
 * @module
 */
export const COUNTRY_CURRENCIES: Readonly<Record<string, { code: string; symbol: string }>> = {
  US: { code: 'USD', symbol: '$' },
  CA: { code: 'CAD', symbol: '$' },
  GB: { code: 'GBP', symbol: '£' },
  DE: { code: 'EUR', symbol: '€' },
  FR: { code: 'EUR', symbol: '€' },
  NL: { code: 'EUR', symbol: '€' },
  AU: { code: 'AUD', symbol: '$' },
  JP: { code: 'JPY', symbol: '¥' },
};
