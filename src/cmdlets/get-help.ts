/** Get-Help: renders a cmdlet's help from the registry in the view the parameter set names. */
import type { CmdletHandler } from './types.ts';
import { renderHelp, renderHelpOverview, helpNotFound, onlineUri, onlineUriMissing } from '../help/index.ts';
import type { CmdletParameters } from './generated/parameters.ts';

const getHelp: CmdletHandler<CmdletParameters['Get-Help']> = async (parameters, context) => {
  if (!parameters.Name) return renderHelpOverview(context.registry.all(), { width: context.width });
  const cmdlet = context.registry.find(parameters.Name);
  if (!cmdlet) throw helpNotFound(parameters.Name);
  const options = { width: context.width };
  if (parameters.Online) {
    const uri = onlineUri(cmdlet);
    if (!uri) throw onlineUriMissing(cmdlet.name);
    return uri;
  }
  if (parameters.Parameter !== undefined) return renderHelp(cmdlet, { kind: 'parameter', name: parameters.Parameter }, options);
  if (parameters.Examples) return renderHelp(cmdlet, { kind: 'examples' }, options);
  if (parameters.Detailed) return renderHelp(cmdlet, { kind: 'detailed' }, options);
  if (parameters.Full) return renderHelp(cmdlet, { kind: 'full' }, options);
  return renderHelp(cmdlet, { kind: 'default' }, options);
};
export default getHelp;
