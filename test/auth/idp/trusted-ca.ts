/**
 * Makes the test process trust the IdP emulator's CA the way a user would: NODE_EXTRA_CA_CERTS,
 * which Node reads only at start-up. The first run generates the certificates and re-runs the
 * same test file in a child process with the variable set, passing its exit code through.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testCertificates, type TestCertificates } from './certificates.ts';

/**
 * Returns the certificates when this process already trusts the CA; otherwise re-runs
 * `testFileUrl` with NODE_EXTRA_CA_CERTS and exits with the child's status (never returns).
 */
export function withTrustedTestCa(testFileUrl: string): TestCertificates {
  const dir = process.env.PCSH_TEST_CERT_DIR;
  if (dir && process.env.NODE_EXTRA_CA_CERTS) return testCertificates(dir);
  const certDir = mkdtempSync(join(tmpdir(), 'pcsh-idp-certs-'));
  const certs = testCertificates(certDir);
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(testFileUrl)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: certs.caPath, PCSH_TEST_CERT_DIR: certDir },
  });
  rmSync(certDir, { recursive: true, force: true });
  process.exit(child.status ?? 1);
}
