/**
 * Connect-PartnerCenter's sign-in, one flow per parameter set, returning the context to store.
 * Loaded lazily by the handler; msal itself is loaded by msal-app.ts only when a flow needs it
 * (the AccessToken set never loads it).
 *
 * @module
 */
import type { AuthenticationResult } from '@azure/msal-node';
import { PcshError, ExitCode } from '../core/error-record.ts';
import type { StoredContext, AuthMode } from './context.ts';
import { DEFAULT_PUBLIC_CLIENT_ID, DEFAULT_TENANT, type ConnectParameters, type ConnectParameterSet, type AuthDeps } from './connect-parameters.ts';
import { isCustomAuthorityHost, userScopes, applicationScopes, type EnvironmentSettings } from './environments.ts';
import { createPublicApp, createConfidentialApp, type ClientCredential, type MsalAppOptions } from './msal-app.ts';
import { signInUser } from './sign-in-user.ts';
import { signInWithAccessToken } from './sign-in-access-token.ts';
import { clientSecretFromEnvironment, resolveClientSecret, resolveSecretArgument } from './secret-input.ts';
import { certificateCredential } from './app-credential.ts';
import { signInFailed } from './sign-in-error.ts';

type SignedIn = Omit<StoredContext, 'version' | 'environment'>;

function required(value: string | undefined, name: string): string {
  if (value) return value;
  throw new PcshError(`Cannot process command because of one or more missing mandatory parameters: ${name}.`, {
    errorId: 'MissingMandatoryParameter', category: 'InvalidArgument', exitCode: ExitCode.Usage, targetObject: name,
  });
}

function fromResult(result: AuthenticationResult | null, authMode: AuthMode, clientId: string, tenant: string): SignedIn {
  if (!result) throw signInFailed(new Error('the identity provider returned no token'), []);
  const account = result.account;
  const signedIn: SignedIn = {
    authMode,
    account: account?.username || clientId,
    tenant: result.tenantId || account?.tenantId || tenant,
    applicationId: clientId,
  };
  if (account?.homeAccountId) signedIn.homeAccountId = account.homeAccountId;
  return signedIn;
}

async function confidentialCredential(parameters: ConnectParameters, deps: AuthDeps, secrets: (string | undefined)[]): Promise<ClientCredential | null> {
  if (parameters.CertificateThumbprint) return certificateCredential(deps.env.PCSH_CERTIFICATE_PATH, parameters.CertificateThumbprint);
  if (!parameters.Credential) return null;
  const secret = await resolveClientSecret(parameters.Credential, deps);
  secrets.push(secret);
  return { clientSecret: secret };
}

async function flow(set: ConnectParameterSet, p: ConnectParameters, app: Omit<MsalAppOptions, 'clientId' | 'tenant'>, deps: AuthDeps): Promise<SignedIn> {
  const tenant = p.Tenant || DEFAULT_TENANT;
  const secrets = app.secrets as (string | undefined)[];
  if (set === 'ServicePrincipal' || set === 'ServicePrincipalCertificate') {
    const clientId = required(set === 'ServicePrincipal' ? p.Credential?.UserName : p.ApplicationId, set === 'ServicePrincipal' ? 'Credential' : 'ApplicationId');
    const credential = (await confidentialCredential(set === 'ServicePrincipal' ? { Credential: p.Credential } : p, deps, secrets))!;
    const cca = await createConfidentialApp({ ...app, clientId, tenant: required(p.Tenant, 'Tenant') }, credential);
    const result = await cca.acquireTokenByClientCredential({ scopes: applicationScopes(app.settings) });
    return { ...fromResult(result, set, clientId, tenant), account: clientId, tenant: required(p.Tenant, 'Tenant'), confidentialClient: true };
  }
  if (set === 'RefreshToken') {
    const clientId = required(p.ApplicationId, 'ApplicationId');
    const refreshToken = await resolveSecretArgument('RefreshToken', p.RefreshToken, deps);
    secrets.push(refreshToken);
    const credential = await confidentialCredential(p, deps, secrets);
    const options = { ...app, clientId, tenant };
    const client = credential ? await createConfidentialApp(options, credential) : await createPublicApp(options);
    // forceCache: msal stores a refresh-token response only for an account already in the cache
    // (it is not, on a fresh sign-in), so without it later cmdlet calls found no sign-in.
    const result = await client.acquireTokenByRefreshToken({ refreshToken, scopes: userScopes(app.settings), forceCache: true });
    return { ...fromResult(result, 'RefreshToken', clientId, tenant), ...(credential ? { confidentialClient: true } : {}) };
  }
  const clientId = p.ApplicationId || DEFAULT_PUBLIC_CLIENT_ID;
  const pca = await createPublicApp({ ...app, clientId, tenant });
  const { result, mode } = await signInUser(pca, userScopes(app.settings), Boolean(p.UseDeviceAuthentication), deps);
  return fromResult(result, mode, clientId, tenant);
}

/** Signs in per `parameterSet` and returns the context to store (tokens went to the cache files). */
export async function signIn(
  parameterSet: ConnectParameterSet,
  parameters: ConnectParameters,
  settings: EnvironmentSettings,
  deps: AuthDeps,
): Promise<StoredContext> {
  const platform = deps.platform ?? process.platform;
  const secrets: (string | undefined)[] = [
    parameters.Credential?.Password,
    parameters.AccessToken,
    parameters.RefreshToken,
    clientSecretFromEnvironment(deps.env),
    deps.env.PCSH_ACCESS_TOKEN,
  ];
  let signedIn: SignedIn;
  try {
    signedIn = parameterSet === 'AccessToken'
      ? await signInWithAccessToken(parameters, deps)
      : await flow(parameterSet, parameters, { settings, configDir: deps.configDir, platform, streams: deps.streams, secrets }, deps);
  } catch (error) {
    throw signInFailed(error, secrets);
  }
  const stored: StoredContext = { version: 1, environment: settings.name, ...signedIn };
  if (parameters.CertificateThumbprint && parameterSet !== 'AccessToken') {
    stored.certificateThumbprint = parameters.CertificateThumbprint;
    if (deps.env.PCSH_CERTIFICATE_PATH) stored.certificatePath = deps.env.PCSH_CERTIFICATE_PATH;
  }
  if (deps.env.PCSH_ENDPOINT && settings.endpoint) stored.endpoint = settings.endpoint;
  if (isCustomAuthorityHost(settings) && settings.authorityHost) stored.authorityHost = settings.authorityHost;
  return stored;
}
