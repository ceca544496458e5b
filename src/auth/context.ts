/**
 * The signed-in context Connect-PartnerCenter stores and every later cmdlet reads
 * (`<config dir>/context.json`, 0600 in a 0700 directory). Tokens are not in here: they live in
 * the msal token cache file beside it.
 */
export type EnvironmentName = 'AzureCloud' | 'AzureChinaCloud' | 'AzureGermanCloud' | 'AzureUSGovernment' | 'AzurePPE' | 'Emulator';

export type AuthMode =
  | 'Emulator'
  | 'AccessToken'
  | 'DeviceCode'
  | 'Interactive'
  | 'RefreshToken'
  | 'ServicePrincipal'
  | 'ServicePrincipalCertificate';

export interface StoredContext {
  version: 1;
  environment: EnvironmentName;
  authMode: AuthMode;
  /** The account shown by Connect-PartnerCenter's output (UPN, application id or "emulator"). */
  account: string;
  tenant: string;
  /** Application (client) id used for sign-in, when there is one. */
  applicationId?: string;
  /** msal's home account id, for silent acquisition from the token cache. */
  homeAccountId?: string;
  /** Overrides that were in force at Connect time (PCSH_ENDPOINT, PCSH_AUTHORITY_HOST). */
  endpoint?: string;
  authorityHost?: string;
  /** The app signs in as a confidential client (secret or certificate), not a public one. */
  confidentialClient?: boolean;
  /** ServicePrincipalCertificate / RefreshToken with a certificate: the SHA-1 thumbprint given. */
  certificateThumbprint?: string;
  /** Where the certificate PEM was read from (PCSH_CERTIFICATE_PATH at Connect time); never the key. */
  certificatePath?: string;
}
