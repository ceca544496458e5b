/**
 * C# source of the catalog models (catalog-models.ts), one namespace block per namespace, in the
 * same plain C# 7 as types-models-cs.ts so every Add-Type from pwsh 7.2 on compiles it.
 *
 * @module
 */
import { CATALOG_MODELS } from './catalog-models.ts';
import type { ModelDeclaration } from './catalog-models.ts';

function renderDeclaration(model: ModelDeclaration): string[] {
  if (model.kind === 'enum') return [`    public enum ${model.name} { ${model.members.join(', ')} }`];
  return [
    `    public class ${model.name}`,
    '    {',
    ...Object.entries(model.properties).map(([name, type]) => `        public ${type} ${name} { get; set; }`),
    '    }',
  ];
}

export function renderCatalogModels(models: readonly ModelDeclaration[] = CATALOG_MODELS): string {
  const namespaces = [...new Set(models.map((model) => model.namespace))];
  return namespaces.map((namespace) => {
    const body = models.filter((model) => model.namespace === namespace).map((model) => renderDeclaration(model).join('\n'));
    return [`namespace ${namespace}`, '{', body.join('\n\n'), '}', ''].join('\n');
  }).join('\n');
}
