/** `<Cmdlet> -?`: the default Get-Help view of that cmdlet, straight from the registry. */
import { outputWidth, type RuntimeEnvironment } from './environment.ts';
import { renderHelp } from '../help/index.ts';
import type { CmdletInfo } from '../registry/model.ts';

export function runHelpView(cmdlet: CmdletInfo, environment: RuntimeEnvironment): number {
  environment.stdout.write(renderHelp(cmdlet, { kind: 'default' }, { width: outputWidth(environment) }));
  return 0;
}
