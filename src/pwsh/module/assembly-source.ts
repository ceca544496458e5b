/**
 * <Module>.cs: the one C# source the module compiles (once per source and pwsh version, cached per
 * user by the .psm1): the model templates and the catalog models, the shared runtime templates,
 * then one generated class per cmdlet.
 *
 * @module
 */
import type { CmdletInfo } from '../../registry/model.ts';
import { LINE_ITEM_PROPERTIES } from '../../binder/line-item.ts';
import { renderCatalogModels } from './catalog-models-cs.ts';
import { renderCmdletClass } from './cmdlet-class.ts';
import { compiledTypes } from './compiled-types.ts';
import { csStringList } from './cs-literal.ts';
import { fillTemplate, readTemplate, readTemplateFolder } from './template.ts';

/**
 * The PSCartLineItem properties the bridge writes: the binder's list, so a property added to the
 * C# class but not to the binder cannot break `Set-PartnerCustomerCart -LineItems $cart.LineItems`.
 */
function runtimeValues(name: string): Record<string, string> {
  return name === 'runtime/wire-json.cs' ? { LineItemInput: csStringList(LINE_ITEM_PROPERTIES) } : {};
}

export function renderAssemblySource(cmdlets: readonly CmdletInfo[], templatesDir: string, header: string): string {
  // The model templates, then the catalog models declared as data (catalog-models.ts).
  const models = [...readTemplateFolder(templatesDir, 'models'), { name: 'catalog-models.ts (rendered)', text: renderCatalogModels() }];
  const runtime = readTemplateFolder(templatesDir, 'runtime').map((t) => ({ ...t, text: fillTemplate(t.text, runtimeValues(t.name)) }));
  const types = compiledTypes(models.map((m) => m.text));
  const classTemplate = readTemplate(templatesDir, 'cmdlet.cs');
  const classes = cmdlets.map((c) => renderCmdletClass(c, classTemplate, types).trimEnd()).join('\n\n');
  const commands = fillTemplate(readTemplate(templatesDir, 'commands.cs'), { Classes: classes });
  const parts = [...models, ...runtime].map((t) => `// ---- ${t.name}\n${t.text.trimEnd()}`);
  return [header, ...parts, `// ---- commands.cs\n${commands.trimEnd()}`, ''].join('\n\n');
}
