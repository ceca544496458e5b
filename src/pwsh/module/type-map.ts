/**
 * Registry parameter types (as written in platyPS YAML) → .NET type names for the generated
 * cmdlet classes and the MAML help. Model types come from PS_TYPE_NAMES and CATALOG_TYPE_NAMES (the
 * runtime's lists of the original module's type names), so a model the runtime declares needs no change here.
 *
 * @module
 */
import { knownParameterType } from '../../binder/parameter-types.ts';
import { PS_TYPE_NAMES } from '../../partner-center/models.ts';
import { CATALOG_TYPE_NAMES } from '../../partner-center/catalog-models.ts';

/** The namespace of the cart models in the original module. */
export const CARTS_NAMESPACE = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts';

/** The namespace of the original module's EnvironmentName enum (src/PowerShell/Models/Authentication/EnvironmentName.cs). */
const AUTHENTICATION_NAMESPACE = 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication';

const SYSTEM_TYPES: Record<string, string> = {
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
  /** The original module's enum, plus Emulator (templates/models/authentication.cs). */
  environmentname: `${AUTHENTICATION_NAMESPACE}.EnvironmentName`,
};

const MODEL_TYPES: Record<string, string> = Object.fromEntries(
  Object.entries({ ...PS_TYPE_NAMES, ...CATALOG_TYPE_NAMES } as Record<string, string>).map(([short, full]) => [short.toLowerCase(), full]),
);

/** Full .NET name for a registry type, keeping `[]`; unknown short names become System.Object. */
function dotNetTypeName(registryType: string): string {
  const trimmed = registryType.trim();
  const isArray = trimmed.endsWith('[]');
  const base = isArray ? trimmed.slice(0, -2) : trimmed;
  const key = base.toLowerCase();
  // The binder's parameter-type table first (one table for both), then primitives and models it does not hold.
  const known = knownParameterType(base)?.dotNet ?? SYSTEM_TYPES[key] ?? MODEL_TYPES[key] ?? (base.includes('.') ? base : 'System.Object');
  return isArray ? `${known}[]` : known;
}

/**
 * The C# type of a cmdlet property: the .NET name when it exists (a System type or a type the
 * module compiles), else System.Object, so a model declared in the runtime before its C# class
 * still binds (the value travels as its properties).
 */
export function csParameterType(registryType: string, compiledTypes: ReadonlySet<string>): string {
  const name = dotNetTypeName(registryType);
  const base = name.endsWith('[]') ? name.slice(0, -2) : name;
  if (base.startsWith('System.') || compiledTypes.has(base)) return name;
  return name.endsWith('[]') ? 'System.Object[]' : 'System.Object';
}

/** True when the parameter's type is an enum the module compiles: the enum is its set (no ValidateSet). */
export function isCompiledEnum(registryType: string, compiledEnums: ReadonlySet<string>): boolean {
  return compiledEnums.has(dotNetTypeName(registryType));
}

/** A cmdlet output type as a full name, or null for "None". */
export function outputTypeName(registryType: string): string | null {
  const trimmed = registryType.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'none') return null;
  return dotNetTypeName(trimmed);
}
