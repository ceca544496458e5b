/**
 * Does a stored cart line item hold what a write sent? Used to verify a PUT without ETags and to
 * recognise a write that landed although its answer was lost. Only what the caller sent is
 * compared (the service fills friendlyName, currencyCode, orderGroup, error), in the service's
 * normal forms: catalog ids and terms case-insensitively, enums in any spelling, provisioningContext
 * keys case-insensitively (the service camel-cases them), dates as instants.
 *
 * @module
 */
import { enumToWire, isWireObject, readArray, readField } from './wire.ts';

type Comparer = (sent: unknown, stored: unknown) => boolean;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const sameText: Comparer = (a, b) => text(a) === text(b);
const sameInsensitive: Comparer = (a, b) => text(a).toUpperCase() === text(b).toUpperCase();
const sameEnum: Comparer = (a, b) => enumToWire(text(a)).replace(/_/g, '') === enumToWire(text(b)).replace(/_/g, '');
const sameInstant: Comparer = (a, b) => sameText(a, b) || (Date.parse(text(a)) === Date.parse(text(b)) && !Number.isNaN(Date.parse(text(a))));

function sameMap(sent: unknown, stored: unknown): boolean {
  if (!isWireObject(sent)) return true;
  return Object.entries(sent).every(([key, value]) => sameText(value, readField(stored, key)));
}

function sameParticipants(sent: unknown, stored: unknown): boolean {
  if (!Array.isArray(sent)) return true;
  const storedList = Array.isArray(stored) ? stored : [];
  return sent.length === storedList.length
    && sent.every((p, i) => sameEnum(readField(p, 'key'), readField(storedList[i], 'key')) && sameText(readField(p, 'value'), readField(storedList[i], 'value')));
}

const FIELDS: readonly [string, Comparer][] = [
  ['id', sameText],
  ['catalogItemId', sameInsensitive],
  ['quantity', sameText],
  ['billingCycle', sameEnum],
  ['termDuration', sameInsensitive],
  ['promotionId', sameText],
  ['friendlyName', sameText],
  ['customTermEndDate', sameInstant],
  ['attestationAccepted', sameText],
  ['provisioningContext', sameMap],
  ['participants', sameParticipants],
  ['renewsTo', (a, b) => sameInsensitive(readField(a, 'termDuration'), readField(b, 'termDuration'))],
];

/** Whether `stored` holds every field `sent` carries (and, for add-ons, each add-on in order). */
export function lineItemHolds(sent: unknown, stored: unknown): boolean {
  if (!isWireObject(stored)) return false;
  for (const [name, same] of FIELDS) {
    const value = readField(sent, name);
    if (value !== undefined && !same(value, readField(stored, name))) return false;
  }
  const addons = readArray(sent, 'addonItems');
  const storedAddons = readArray(stored, 'addonItems');
  return addons.length === storedAddons.length && addons.every((addon, i) => lineItemHolds(addon, storedAddons[i]));
}

/** The whole list, in order: what Set- wrote is exactly what the cart holds. */
export function lineItemsHold(sent: readonly unknown[], stored: readonly unknown[]): boolean {
  return sent.length === stored.length && sent.every((item, i) => lineItemHolds(item, stored[i]));
}
