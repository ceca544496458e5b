/**
 * What platyPS markdown cannot carry, per cmdlet: validation, ConfirmImpact, the ShouldProcess
 * target text of the original module, and where the handler lives (imported lazily).
 * Merged into the registry at build time; the runtime uses `load` to run a cmdlet.
 */
import type { CmdletMetadata } from './types.ts';

/** CustomerId in the original module: a GUID, optionally in braces. */
const GUID_PATTERN =
  '^(\\{){0,1}[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}(\\}){0,1}$';

export const cmdletMetadata: readonly CmdletMetadata[] = [
  {
    name: 'New-PartnerCustomerCart',
    confirmImpact: 'Medium',
    shouldProcessTarget: 'Creates a new cart for the customer with the identifier of {CustomerId}.',
    validation: { CustomerId: { pattern: GUID_PATTERN }, LineItems: { notNull: true } },
    load: () => import('./new-partner-customer-cart.ts'),
  },
  {
    name: 'Set-PartnerCustomerCart',
    confirmImpact: 'Medium',
    shouldProcessTarget: 'Updates the cart with the identifier of {CartId}.',
    validation: { CustomerId: { pattern: GUID_PATTERN }, CartId: { notNull: true }, LineItems: { notNull: true } },
    load: () => import('./set-partner-customer-cart.ts'),
  },
  {
    name: 'Get-PartnerCustomerCart',
    shouldProcessTarget: null,
    validation: { CustomerId: { pattern: GUID_PATTERN }, CartId: { notNull: true } },
    load: () => import('./get-partner-customer-cart.ts'),
  },
  {
    name: 'Add-PartnerCustomerCartLineItem',
    confirmImpact: 'Medium',
    shouldProcessTarget: 'Adds a new line item to the cart with the identifier of {CartId}.',
    validation: { CustomerId: { pattern: GUID_PATTERN }, CartId: { notNull: true }, LineItem: { notNull: true } },
    load: () => import('./add-partner-customer-cart-line-item.ts'),
  },
  {
    name: 'Submit-PartnerCustomerCart',
    confirmImpact: 'Medium',
    shouldProcessTarget: 'Checks out the cart with the identifier of {CartId}.',
    validation: { CustomerId: { pattern: GUID_PATTERN }, CartId: { notNull: true } },
    load: () => import('./submit-partner-customer-cart.ts'),
  },
  {
    name: 'Get-PartnerCustomer',
    shouldProcessTarget: null,
    validation: { CustomerId: { pattern: GUID_PATTERN }, Domain: { notNull: true } },
    load: () => import('./get-partner-customer.ts'),
  },
  {
    name: 'Get-PartnerProduct',
    shouldProcessTarget: null,
    load: () => import('./get-partner-product.ts'),
  },
  {
    name: 'Get-PartnerProductSku',
    shouldProcessTarget: null,
    load: () => import('./get-partner-product-sku.ts'),
  },
  {
    name: 'Get-PartnerProductAvailability',
    shouldProcessTarget: null,
    load: () => import('./get-partner-product-availability.ts'),
  },
  {
    name: 'Connect-PartnerCenter',
    confirmImpact: 'Medium',
    shouldProcessTarget: 'Connects to Partner Center ({Environment}).',
    load: () => import('./connect-partner-center.ts'),
  },
  {
    name: 'Disconnect-PartnerCenter',
    confirmImpact: 'Medium',
    shouldProcessTarget: 'Disconnects from Partner Center.',
    load: () => import('./disconnect-partner-center.ts'),
  },
  {
    name: 'Get-Help',
    shouldProcessTarget: null,
    load: () => import('./get-help.ts'),
  },
  {
    name: 'Get-Command',
    shouldProcessTarget: null,
    load: () => import('./get-command.ts'),
  },
];
