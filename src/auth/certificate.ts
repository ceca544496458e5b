/**
 * The application certificate for -CertificateThumbprint, from the PEM file at
 * PCSH_CERTIFICATE_PATH (private key + certificate, optionally its chain). The thumbprint given
 * is the SHA-1 one Windows shows; msal gets the SHA-256 one and the x5c chain.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { PcshError, ExitCode } from '../core/error-record.ts';

export interface LoadedCertificate {
  thumbprintSha256: string;
  privateKey: string;
  x5c: string;
}

const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const KEY_BLOCK = /-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----[\s\S]+?-----END \1-----/;

function certificateError(message: string, exitCode: ExitCode = ExitCode.Usage): PcshError {
  return new PcshError(message, { errorId: 'CertificateNotUsable', category: 'InvalidArgument', exitCode, targetObject: 'CertificateThumbprint' });
}

/** `AB:cd 12…` → `ABCD12…` */
function normalizeThumbprint(value: string): string {
  return value.replace(/[\s:]/g, '').toUpperCase();
}

function readPem(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw certificateError(`Cannot read the certificate file '${path}' (PCSH_CERTIFICATE_PATH): ${(error as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
}

function privateKeyOf(pem: string, path: string): KeyObject {
  const block = KEY_BLOCK.exec(pem);
  if (!block) throw certificateError(`The certificate file '${path}' holds no private key (PEM 'PRIVATE KEY' block).`);
  if (block[1] === 'ENCRYPTED PRIVATE KEY') throw certificateError(`The private key in '${path}' is encrypted; pcsh needs an unencrypted PEM key in a file only you can read.`);
  return createPrivateKey(block[0]);
}

/** Loads and checks the certificate whose SHA-1 (or SHA-256) thumbprint is `thumbprint`. */
export function loadCertificate(path: string | undefined, thumbprint: string): LoadedCertificate {
  if (!path) throw certificateError(`Set PCSH_CERTIFICATE_PATH to a PEM file holding the certificate with thumbprint ${thumbprint} and its private key.`);
  const pem = readPem(path);
  const certificates = (pem.match(CERT_BLOCK) ?? []).map((block) => new X509Certificate(block));
  const wanted = normalizeThumbprint(thumbprint);
  const match = certificates.find((c) => normalizeThumbprint(c.fingerprint) === wanted || normalizeThumbprint(c.fingerprint256) === wanted);
  if (!match) {
    const found = certificates.map((c) => normalizeThumbprint(c.fingerprint)).join(', ') || 'none';
    throw certificateError(`The certificate file '${path}' has no certificate with thumbprint ${wanted} (found: ${found}).`);
  }
  const key = privateKeyOf(pem, path);
  if (!match.checkPrivateKey(key)) throw certificateError(`The private key in '${path}' does not belong to the certificate ${wanted}.`);
  const chain = [match, ...certificates.filter((c) => c !== match)];
  return {
    thumbprintSha256: normalizeThumbprint(match.fingerprint256),
    privateKey: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    x5c: chain.map((c) => c.toString()).join('\n'),
  };
}
