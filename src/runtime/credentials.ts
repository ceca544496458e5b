/**
 * PSCredential values never carry a secret from argv: the binder binds the user name (the
 * application id), and the secret comes from PCSH_CLIENT_SECRET or a hidden prompt on a terminal.
 * With neither, the Password stays empty and the sign-in code says what to do.
 */
import type { Invocation, ExecuteOptions } from './invocation.ts';

export async function fillCredentialSecrets(invocation: Invocation, options: ExecuteOptions): Promise<void> {
  for (const parameter of invocation.cmdlet.parameters) {
    if (parameter.type !== 'PSCredential') continue;
    const value = invocation.bound[parameter.name] as { UserName: string; Password?: string } | undefined;
    if (!value || value.Password) continue;
    const fromEnv = options.env.PCSH_CLIENT_SECRET;
    if (fromEnv) value.Password = fromEnv;
    else if (options.interactive) value.Password = await options.prompt(`Secret for ${value.UserName}: `, { hidden: true });
  }
}
