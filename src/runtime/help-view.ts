/** `<Cmdlet> -?`: the default Get-Help view of that cmdlet, straight from the registry. */
import { outputWidth, type RuntimeEnvironment } from './environment.ts';
import { renderHelp } from '../help/index.ts';
import type { CmdletInfo, Registry } from '../registry/model.ts';

export function runHelpView(cmdlet: CmdletInfo, view: { kind: 'default' }, environment: RuntimeEnvironment, _registry: Registry): number {
  environment.stdout.write(renderHelp(cmdlet, view, { width: outputWidth(environment) }));
  return 0;
}
