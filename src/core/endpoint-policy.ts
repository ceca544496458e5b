/**
 * Where a bearer token may be sent: https:// anywhere, plain http:// only to this machine's own
 * loopback addresses (the emulator), never elsewhere, since a token sent in clear can be read and
 * replayed by anyone on the path. Checked before a token is attached to any request, and when an
 * endpoint is stored by Connect-PartnerCenter.
 *
 * Imports nothing of pcsh (src/core is the ground floor).
 *
 * @module
 */

/** Loopback host names as URL.hostname spells them. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host === '[::1]' || /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}

/** Why `url` may not carry a token, or undefined when it may. */
export function insecureEndpointReason(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `'${url.slice(0, 80)}' is not an absolute URL`;
  }
  if (parsed.username || parsed.password) return 'it carries a user name or password';
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:') {
    return isLoopbackHost(parsed.hostname) ? undefined : `plain http:// is only allowed for loopback addresses (127.0.0.1, localhost, [::1]), not '${parsed.hostname}'`;
  }
  return `the scheme '${parsed.protocol}' is not https:`;
}
