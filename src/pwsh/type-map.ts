/**
 * Registry parameter types (as written in platyPS YAML) → .NET type names for the generated
 * param block and the MAML help.
 *
 * @module
 */
import { PS_TYPE_NAMES } from '../partner-center/models.ts';

/** The namespace of the cart models in the original module. */
export const CARTS_NAMESPACE = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts';

/** The namespace of the original module's EnvironmentName enum (src/PowerShell/Models/Authentication/EnvironmentName.cs). */
export const AUTHENTICATION_NAMESPACE = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication';

/**
 * Registry types that are enums the module compiles (types-models-cs.ts): the param block types
 * the parameter with the enum itself (pwsh converts and completes the names, its conversion error
 * lists them), so it carries no ValidateSet.
 */
const MODULE_ENUM_TYPES: ReadonlySet<string> = new Set(['environmentname']);

/** True when `registryType` (e.g. EnvironmentName) is an enum compiled into the module. */
export function isModuleEnum(registryType: string): boolean {
  return MODULE_ENUM_TYPES.has(registryType.trim().toLowerCase());
}

const KNOWN_TYPES: Record<string, string> = {
  string: 'System.String',
  switchparameter: 'System.Management.Automation.SwitchParameter',
  pscredential: 'System.Management.Automation.PSCredential',
  securestring: 'System.Security.SecureString',
  int32: 'System.Int32',
  int: 'System.Int32',
  int64: 'System.Int64',
  boolean: 'System.Boolean',
  bool: 'System.Boolean',
  guid: 'System.Guid',
  datetime: 'System.DateTime',
  object: 'System.Object',
  hashtable: 'System.Collections.Hashtable',
  /** The original module's enum, plus Emulator (types-models-cs.ts). */
  environmentname: `${AUTHENTICATION_NAMESPACE}.EnvironmentName`,
  pscart: PS_TYPE_NAMES.PSCart,
  pscartlineitem: PS_TYPE_NAMES.PSCartLineItem,
  pscartcheckoutresult: PS_TYPE_NAMES.PSCartCheckoutResult,
  partnercontext: PS_TYPE_NAMES.PartnerContext,
};

/** Full .NET name for a registry type, keeping `[]`; unknown short names become System.Object. */
function dotNetTypeName(registryType: string): string {
  const trimmed = registryType.trim();
  const isArray = trimmed.endsWith('[]');
  const base = isArray ? trimmed.slice(0, -2) : trimmed;
  const known = KNOWN_TYPES[base.toLowerCase()] ?? (base.includes('.') ? base : 'System.Object');
  return isArray ? `${known}[]` : known;
}

/** The type constraint for a param block, e.g. `[System.String]`, `[switch]`. */
export function psTypeConstraint(registryType: string): string {
  const name = dotNetTypeName(registryType);
  if (name === 'System.Management.Automation.SwitchParameter') return '[switch]';
  return `[${name}]`;
}

/** A cmdlet output type as a full name, or null for "None". */
export function outputTypeName(registryType: string): string | null {
  const trimmed = registryType.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'none') return null;
  return dotNetTypeName(trimmed);
}
