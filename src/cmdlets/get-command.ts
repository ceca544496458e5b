/** Get-Command: lists the cmdlets of the registry (wildcards in names), or their syntax. */
import type { CmdletHandler } from './types.ts';
import { renderCommandList, renderSyntax, selectCommands } from '../help/index.ts';
import type { CmdletParameters } from './generated/parameters.ts';

const getCommand: CmdletHandler<CmdletParameters['Get-Command']> = async (parameters, context) => {
  const filters = { name: parameters.Name, verb: parameters.Verb, noun: parameters.Noun };
  if (parameters.Syntax) {
    return selectCommands(context.registry.all(), filters).map((cmdlet) => renderSyntax(cmdlet, context.width)).join('\n');
  }
  return renderCommandList(context.registry.index(), filters, context.width);
};
export default getCommand;
