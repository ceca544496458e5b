/**
 * The credential a confidential client signs in with: the certificate (PCSH_CERTIFICATE_PATH,
 * or the path stored at Connect time) or the client secret. For silent refreshes in later
 * cmdlet calls the secret is not stored: PCSH_CLIENT_SECRET must be set, else the refresh fails
 * with TokenExpired.
 *
 * @module
 */
import type { StoredContext } from './context.ts';
import type { ClientCredential } from './msal-app.ts';
import { loadCertificate } from './certificate.ts';
import { tokenExpired } from './token.ts';

type Env = Readonly<Record<string, string | undefined>>;

export function certificateCredential(path: string | undefined, thumbprint: string): ClientCredential {
  return { clientCertificate: loadCertificate(path, thumbprint) };
}

/** The credential for a silent refresh of a stored confidential-client sign-in. */
export function storedAppCredential(stored: StoredContext, env: Env): ClientCredential {
  if (stored.certificateThumbprint) {
    return certificateCredential(env.PCSH_CERTIFICATE_PATH ?? stored.certificatePath, stored.certificateThumbprint);
  }
  const secret = env.PCSH_CLIENT_SECRET;
  if (secret) return { clientSecret: secret };
  // msal only calls this when it must go to the network: the cached token is used otherwise.
  return {
    clientAssertion: async () => {
      throw tokenExpired(`The Partner Center token of application ${stored.applicationId ?? stored.account} has expired and its client secret is not stored. Set PCSH_CLIENT_SECRET, or`);
    },
  };
}
