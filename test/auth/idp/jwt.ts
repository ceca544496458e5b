/**
 * JWTs for the IdP emulator: tokens it issues (RS256 with the server key, like Entra ID) and
 * the client assertions it checks (msal signs them PS256 with the application's certificate).
 */
import { createHash, sign, verify, constants, X509Certificate } from 'node:crypto';

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

export function signJwt(payload: Record<string, unknown>, privateKeyPem: string): string {
  const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: 'pcsh-test' }));
  const body = b64url(JSON.stringify(payload));
  const signature = sign('sha256', Buffer.from(`${header}.${body}`), privateKeyPem);
  return `${header}.${body}.${b64url(signature)}`;
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signedPart: string;
  signature: Buffer;
}

export function decodeJwt(token: string): DecodedJwt | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    return {
      header: JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')),
      payload: JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')),
      signedPart: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2]!, 'base64url'),
    };
  } catch {
    return null;
  }
}

/** The x5t#S256 header value of a certificate: base64url of the SHA-256 of its DER. */
function x5tS256(certificatePem: string): string {
  return createHash('sha256').update(new X509Certificate(certificatePem).raw).digest('base64url');
}

/** Why a client assertion is not acceptable, or null when it is. */
export function assertionProblem(assertion: string, certificatePem: string, clientId: string, audience: string, nowSeconds: number): string | null {
  const jwt = decodeJwt(assertion);
  if (!jwt) return 'not a JWT';
  if (jwt.header['x5t#S256'] !== x5tS256(certificatePem) && jwt.header.x5t === undefined) return 'unknown certificate thumbprint';
  const key = new X509Certificate(certificatePem).publicKey;
  const data = Buffer.from(jwt.signedPart);
  const ok = jwt.header.alg === 'PS256'
    ? verify('sha256', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, jwt.signature)
    : jwt.header.alg === 'RS256' && verify('sha256', data, key, jwt.signature);
  if (!ok) return 'invalid signature';
  const { iss, sub, aud, exp } = jwt.payload;
  if (iss !== clientId || sub !== clientId) return 'wrong issuer or subject';
  if (aud !== audience) return `wrong audience ${String(aud)}`;
  if (typeof exp !== 'number' || exp < nowSeconds) return 'expired';
  return null;
}
