/** placeholder */
export interface ParameterType { dotNet: string }
const T: Record<string, string> = {
  string: 'System.String', int32: 'System.Int32', boolean: 'System.Boolean', datetime: 'System.DateTime',
  hashtable: 'System.Collections.Hashtable', switchparameter: 'System.Management.Automation.SwitchParameter',
  pscredential: 'System.Management.Automation.PSCredential', securestring: 'System.Security.SecureString',
  actionpreference: 'System.Management.Automation.ActionPreference',
  pscartlineitem: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem',
  environmentname: 'Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName',
};
export function parameterType(type: string): ParameterType {
  const isArray = type.endsWith('[]');
  const base = isArray ? type.slice(0, -2) : type;
  return { dotNet: `${T[base.toLowerCase()]}${isArray ? '[]' : ''}` };
}
