/**
 * The validation attributes the original module declares (Microsoft/Partner-Center-PowerShell,
 * src/PowerShell/Commands/*.cs), as facts: the stand-ins carry these, not the registry's, so a
 * registry that drifts from the original shows up as a disagreement. Cmdlets the original does
 * not have (Get-Help, Get-Command, later additions) take the registry's attributes.
 *
 * @module
 */
import type { ParameterValidation } from '../../../src/registry/model.ts';

const GUID = '^(\\{){0,1}[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}(\\}){0,1}$';

const CART = { CartId: { notNull: true }, CustomerId: { pattern: GUID } };

const ORIGINAL_VALIDATION: Readonly<Record<string, Readonly<Record<string, ParameterValidation>>>> = {
  'Add-PartnerCustomerCartLineItem': { ...CART, LineItem: { notNull: true } },
  'Get-PartnerCustomerCart': CART,
  'New-PartnerCustomerCart': { CustomerId: { pattern: GUID }, LineItems: { notNull: true } },
  'Set-PartnerCustomerCart': { ...CART, LineItems: { notNull: true } },
  'Submit-PartnerCustomerCart': CART,
  'Connect-PartnerCenter': {
    AccessToken: { notNullOrEmpty: true },
    ApplicationId: { pattern: GUID },
    CertificateThumbprint: { notNullOrEmpty: true },
    Credential: { notNull: true },
    RefreshToken: { notNull: true },
    Tenant: { notNullOrEmpty: true },
  },
  'Disconnect-PartnerCenter': {},
};

/** The original's validation for one parameter, or undefined where the original says nothing (use the registry). */
export function originalAttributes(cmdlet: string, parameter: string): ParameterValidation | undefined {
  const known = ORIGINAL_VALIDATION[cmdlet];
  if (known === undefined) return undefined;
  return known[parameter] ?? {};
}
