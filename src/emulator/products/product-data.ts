/**
 * The emulator's product catalog: products, their SKUs and availabilities, in the wire shapes of
 * the Partner Center catalog API. Every availability is built from one entry of the cart catalog
 * (../catalog.ts), so each CatalogItemId Get-PartnerProductAvailability returns is one that
 * New-/Set-/Add- accept and Submit- can order, and an id that no availability has is refused
 * there (800004). Product titles and descriptions are ours.
 *
 * @module
 */
import { CATALOG } from '../catalog.ts';
import type { CatalogItem } from '../catalog.ts';

export interface ProductEntry {
  id: string;
  title: string;
  description: string;
  productType: { id: string; displayName: string; subType?: { id: string; displayName: string } };
  /** The catalog (target view) that lists it: OnlineServices, AzureReservationsVM, … */
  targetView: string;
  /** Reservation products answer a reservationScope of AzurePlan. */
  reservation: boolean;
}

export interface SkuEntry {
  productId: string;
  id: string;
  title: string;
  description: string;
  offer: CatalogItem;
  availabilityId: string;
}

const ONLINE_SERVICES = { id: 'OnlineServices', displayName: 'OnlineServices' };

export const PRODUCTS: readonly ProductEntry[] = [
  {
    id: 'DG7GMGF0DWTL',
    title: 'Reserved Virtual Machine Instances, Dv3 series',
    description: 'Pay up front for Dv3-series virtual machine capacity in one region.',
    productType: { id: 'Azure', displayName: 'Azure', subType: { id: 'VirtualMachines', displayName: 'VirtualMachines' } },
    targetView: 'AzureReservationsVM',
    reservation: true,
  },
  {
    id: 'CFQ7TTC0LH18',
    title: 'Microsoft 365 Business Basic',
    description: 'Web and mobile Office apps, mail, file storage and Teams for small businesses.',
    productType: ONLINE_SERVICES,
    targetView: 'OnlineServices',
    reservation: false,
  },
  {
    id: 'CFQ7TTC0LHSF',
    title: 'Microsoft Teams Audio Conferencing with dial-out to USA/CAN',
    description: 'Add-on: dial-in and dial-out numbers for Teams meetings.',
    productType: ONLINE_SERVICES,
    targetView: 'OnlineServices',
    reservation: false,
  },
  {
    id: 'CFQ7TTC0LFLX',
    title: 'Microsoft 365 E3',
    description: 'Office apps, enterprise mail, security and device management.',
    productType: ONLINE_SERVICES,
    targetView: 'OnlineServices',
    reservation: false,
  },
];

/** One SKU (with its one availability) per cart catalog entry: `product:sku:availability`. */
const SKUS: readonly SkuEntry[] = CATALOG.map((offer) => {
  const [productId, id, availabilityId] = offer.catalogItemId.split(':') as [string, string, string];
  return { productId, id, title: offer.title, description: `${offer.title}.`, offer, availabilityId };
});

export function findProduct(productId: string): ProductEntry | undefined {
  const wanted = productId.toUpperCase();
  return PRODUCTS.find((product) => product.id === wanted);
}

export function skusOf(productId: string): SkuEntry[] {
  const wanted = productId.toUpperCase();
  return SKUS.filter((sku) => sku.productId === wanted);
}
