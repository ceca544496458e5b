/**
 * What the cart cmdlets report besides their output, in PowerShell's streams:
 * - a warning per line item (and add-on) the service saved with an `error` — the cart is kept,
 *   but checking it out fails (400 800009) until the line is fixed;
 * - a non-terminating error per OrderError of a checkout — the other order groups were ordered,
 *   that one was not.
 *
 * @module
 */
import type { CmdletContext } from './types.ts';
import type { PSCart, PSCartCheckoutResult, PSCartLineItem, PSOrderError } from '../partner-center/models.ts';
import { cartErrorCodeName } from '../partner-center/cart-error-codes.ts';
import { PcshError } from '../core/error-record.ts';

function lineLabel(item: PSCartLineItem, parent?: PSCartLineItem): string {
  const id = (line: PSCartLineItem) => (line.Id === undefined ? '?' : String(line.Id));
  return parent ? `Line item ${id(parent)} add-on ${id(item)}` : `Line item ${id(item)}`;
}

/** `Line item 1 (CFQ7…): BillingPlanNotSupported: <description> Checkout will fail until it is fixed.` */
function lineItemWarnings(cart: PSCart): string[] {
  const warnings: string[] = [];
  const visit = (item: PSCartLineItem, parent?: PSCartLineItem) => {
    if (item.Error) {
      const description = item.Error.ErrorDescription.trim();
      const sentence = description === '' ? '' : /[.!?]$/.test(description) ? `${description} ` : `${description}. `;
      warnings.push(`${lineLabel(item, parent)} (${item.CatalogItemId}): ${item.Error.ErrorCode}: ${sentence}Checkout will fail until it is fixed.`);
    }
    for (const addon of item.AddonItems ?? []) visit(addon, item);
  };
  for (const item of cart.LineItems) visit(item);
  return warnings;
}

/**
 * The cart goes to the output first, then its line-item warnings: with -WarningAction Stop the
 * saved cart (and its CartId, needed to fix it) is still printed before the command stops.
 */
export async function warnAboutLineErrors(cart: PSCart, context: CmdletContext): Promise<PSCart | undefined> {
  const warnings = lineItemWarnings(cart);
  if (warnings.length === 0) return cart;
  context.writeObject(cart);
  for (const warning of warnings) await context.warning(warning);
  return undefined;
}

/** One OrderError as a non-terminating error: errorId `OrderError.<code>`, target the order group. */
function orderErrorRecord(orderError: PSOrderError): PcshError {
  const name = cartErrorCodeName(orderError.Code);
  const code = name === orderError.Code ? orderError.Code : `${orderError.Code} ${name}`;
  const description = orderError.Description.trim();
  return new PcshError(
    `Order group ${orderError.OrderGroupId} was not ordered: ${code}${description ? `: ${description}` : ''}`,
    {
      errorId: `OrderError.${orderError.Code || 'Unknown'}`,
      category: 'InvalidOperation',
      targetObject: orderError.OrderGroupId,
      details: { orderGroupId: orderError.OrderGroupId, code: orderError.Code, description: orderError.Description },
    },
  );
}

/**
 * The checkout result goes to the output first (what was ordered), then one non-terminating error
 * per order group that was not — so -ErrorAction Stop still prints the result before stopping.
 */
export async function reportCheckout(result: PSCartCheckoutResult, context: CmdletContext): Promise<PSCartCheckoutResult | undefined> {
  if (result.OrderErrors.length === 0) return result;
  context.writeObject(result);
  for (const orderError of result.OrderErrors) await context.writeError(orderErrorRecord(orderError));
  return undefined;
}
