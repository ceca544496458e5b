/**
 * Test certificates made with openssl for one test run: a CA, a server certificate for
 * 127.0.0.1/localhost signed by it (the IdP emulator's HTTPS), and a self-signed client
 * certificate with its key in one PEM (the ServicePrincipalCertificate flow).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';

export interface TestCertificates {
  dir: string;
  /** CA certificate (PEM): trust it with NODE_EXTRA_CA_CERTS. */
  caPath: string;
  serverKey: string;
  serverCert: string;
  /** Private key + certificate, as PCSH_CERTIFICATE_PATH expects. */
  clientPemPath: string;
  clientCert: string;
  /** Windows-style SHA-1 thumbprint (uppercase hex, no colons). */
  clientThumbprint: string;
}

const OPENSSL = existsSync('/usr/bin/openssl') ? '/usr/bin/openssl' : 'openssl';

function openssl(args: string[], cwd: string): void {
  execFileSync(OPENSSL, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

function generate(dir: string): void {
  const days = ['-days', '2'];
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', ...days, '-subj', '/CN=pcsh test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  openssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1'], dir);
  writeFileSync(join(dir, 'server.ext'), [
    'basicConstraints=CA:FALSE', 'keyUsage=critical,digitalSignature,keyEncipherment',
    'extendedKeyUsage=serverAuth', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '',
  ].join('\n'));
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', ...days, '-extfile', 'server.ext'], dir);
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'client.key', '-out', 'client.crt', ...days, '-subj', '/CN=pcsh service principal'], dir);
  writeFileSync(join(dir, 'client.pem'), readFileSync(join(dir, 'client.key'), 'utf8') + readFileSync(join(dir, 'client.crt'), 'utf8'), { mode: 0o600 });
}

/** Generates the certificates in `dir` unless they are already there. */
export function testCertificates(dir: string): TestCertificates {
  if (!existsSync(join(dir, 'client.pem'))) generate(dir);
  const clientCert = readFileSync(join(dir, 'client.crt'), 'utf8');
  return {
    dir,
    caPath: join(dir, 'ca.pem'),
    serverKey: readFileSync(join(dir, 'server.key'), 'utf8'),
    serverCert: readFileSync(join(dir, 'server.pem'), 'utf8'),
    clientPemPath: join(dir, 'client.pem'),
    clientCert,
    clientThumbprint: new X509Certificate(clientCert).fingerprint.replace(/:/g, ''),
  };
}
