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
import { PcshError, ExitCode } from '../core/error-record.ts';
import { clientSecretFromEnvironment } from './secret-input.ts';

type Env = Readonly<Record<string, string | undefined>>;

export function certificateCredential(path: string | undefined, thumbprint: string): ClientCredential {
  return { clientCertificate: loadCertificate(path, thumbprint) };
}

/**
 * The credential for a silent refresh of a stored confidential-client sign-in, or null when
 * there is none (a secret is never stored; PCSH_CLIENT_SECRET must be set).
 */
export function storedAppCredential(stored: StoredContext, env: Env): ClientCredential | null {
  if (stored.certificateThumbprint) {
    return certificateCredential(env.PCSH_CERTIFICATE_PATH ?? stored.certificatePath, stored.certificateThumbprint);
  }
  const secret = clientSecretFromEnvironment(env);
  return secret ? { clientSecret: secret } : null;
}

/** The error when a refresh needs the client secret and none is set. */
export function secretNeeded(stored: StoredContext): PcshError {
  return new PcshError(
    `The Partner Center token of application ${stored.applicationId ?? stored.account} has expired and its client secret is not stored: set PCSH_CLIENT_SECRET, or run Connect-PartnerCenter again.`,
    { errorId: 'TokenExpired', category: 'AuthenticationError', exitCode: ExitCode.Failure },
  );
}
