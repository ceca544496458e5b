/**
 * PowerShell's prompt for missing mandatory parameters, as raw strings for a re-bind:
 *
 *     cmdlet New-PartnerCustomerCart at command pipeline position 1
 *     Supply values for the following parameters:
 *     CustomerId:
 *     LineItems[0]:
 *
 * Array parameters are asked element by element until an empty line.
 *
 * @module
 */
import type { CmdletInfo } from '../registry/model.ts';
import type { SuppliedValues } from './types.ts';

export function promptCaption(command: string): string {
  return `cmdlet ${command} at command pipeline position 1\nSupply values for the following parameters:\n`;
}

export async function promptForMissing(
  cmdlet: CmdletInfo,
  missing: readonly string[],
  ask: (label: string) => Promise<string>,
  write: (text: string) => void = () => {},
): Promise<SuppliedValues> {
  write(promptCaption(cmdlet.name));
  const supplied: SuppliedValues = {};
  for (const name of missing) {
    const info = cmdlet.parameters.find((p) => p.name === name);
    const value = info?.type.endsWith('[]') ? await askArray(name, ask) : await ask(`${name}: `);
    Object.defineProperty(supplied, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return supplied;
}

async function askArray(name: string, ask: (label: string) => Promise<string>): Promise<string[]> {
  const items: string[] = [];
  for (let i = 0; ; i++) {
    const answer = await ask(`${name}[${i}]: `);
    if (answer === '') return items;
    items.push(answer);
  }
}
