/**
 * The User parameter set: the interactive browser flow where a browser can be opened, else
 * (or with -UseDeviceAuthentication) the device code flow, its instructions on the host stream.
 *
 * @module
 */
import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-node';
import type { AuthDeps } from './connect-parameters.ts';
import { canOpenBrowser, openSystemBrowser } from './browser.ts';

const SUCCESS_PAGE = '<!doctype html><title>pcsh</title><p>Signed in to Partner Center. You can close this window and return to your shell.</p>';
const ERROR_PAGE = '<!doctype html><title>pcsh</title><p>Sign-in failed: {{error}} {{errorDescription}}</p>';

class BrowserUnavailable extends Error {}

async function signInWithDeviceCode(app: PublicClientApplication, scopes: string[], deps: AuthDeps): Promise<AuthenticationResult | null> {
  return app.acquireTokenByDeviceCode({
    scopes,
    deviceCodeCallback: (response) => deps.streams.host(response.message),
  });
}

async function signInWithBrowser(app: PublicClientApplication, scopes: string[], deps: AuthDeps): Promise<AuthenticationResult> {
  const open = deps.openBrowser ?? openSystemBrowser(deps.platform ?? process.platform);
  return app.acquireTokenInteractive({
    scopes,
    successTemplate: SUCCESS_PAGE,
    errorTemplate: ERROR_PAGE,
    openBrowser: async (url) => {
      try {
        await open(url);
      } catch {
        throw new BrowserUnavailable();
      }
      deps.streams.host('A browser window has been opened to sign in to Partner Center. Waiting for you to finish there…');
    },
  });
}

/** Signs the user in; `device` forces the device code flow. */
export async function signInUser(
  app: PublicClientApplication,
  scopes: string[],
  device: boolean,
  deps: AuthDeps,
): Promise<{ result: AuthenticationResult | null; mode: 'DeviceCode' | 'Interactive' }> {
  if (!device && canOpenBrowser(deps.platform ?? process.platform, deps.env)) {
    try {
      return { result: await signInWithBrowser(app, scopes, deps), mode: 'Interactive' };
    } catch (error) {
      if (!(error instanceof BrowserUnavailable)) throw error;
      deps.streams.host('Could not open a browser; signing in with a device code instead.');
    }
  } else if (!device) {
    deps.streams.host('No browser can be opened here; signing in with a device code instead (use -UseDeviceAuthentication to skip this check).');
  }
  return { result: await signInWithDeviceCode(app, scopes, deps), mode: 'DeviceCode' };
}
