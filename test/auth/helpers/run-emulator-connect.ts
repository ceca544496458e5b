// Child script for connect-emulator.test.ts: Connect then Disconnect for the Emulator, printing
// the output object as JSON. Run under deny-msal.mjs to prove msal is never loaded.
import connect from '../../../src/cmdlets/connect-partner-center.ts';
import disconnect from '../../../src/cmdlets/disconnect-partner-center.ts';
import { fakeContext } from './fake-context.ts';

const { context } = fakeContext({ env: { PCSH_CONFIG_DIR: process.env.PCSH_CONFIG_DIR } });
const output = await connect({ Environment: 'Emulator' }, context);
await disconnect({}, context);
process.stdout.write(JSON.stringify(output));
