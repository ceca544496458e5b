/**
 * A stand-in for the user's browser in the interactive flow: loads the authorize URL (trusting
 * the test CA through NODE_EXTRA_CA_CERTS like any Node process) and submits the form_post page
 * the IdP emulator answers with to msal's loopback redirect URI.
 */
export async function actLikeBrowser(url: string): Promise<string> {
  const page = await (await fetch(url)).text();
  const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
  if (!action) throw new Error(`no form_post page at ${url}`);
  const unescape = (v: string) => v.replace(/&#(\d+);/g, (_m, c: string) => String.fromCharCode(Number(c)));
  const body = new URLSearchParams();
  for (const m of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) body.set(m[1]!, unescape(m[2]!));
  const response = await fetch(unescape(action), { method: 'POST', body });
  return response.text();
}
