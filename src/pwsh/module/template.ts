/**
 * The generator's C# and PowerShell live in real files under `templates/` (readable, highlighted,
 * lintable). A template marks each generated part with a placeholder `/*@Name@*\/`, which stays a
 * comment to a C# or PowerShell reader; `fillTemplate` insists every placeholder is filled.
 *
 * @module
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the templates are in a source checkout (relative to the repository); the build copies them to dist/pwsh/templates. */
export const SOURCE_TEMPLATES_DIR = 'src/pwsh/module/templates';

/** Reads one template (path relative to the templates folder, forward slashes). */
export function readTemplate(templatesDir: string, relative: string): string {
  return readFileSync(join(templatesDir, ...relative.split('/')), 'utf8').replace(/\r\n/g, '\n');
}

/** Every `.cs` file of a templates sub-folder, in name order (e.g. models/). */
export function readTemplateFolder(templatesDir: string, folder: string): { name: string; text: string }[] {
  return readdirSync(join(templatesDir, folder))
    .filter((name) => name.endsWith('.cs'))
    .sort()
    .map((name) => ({ name: `${folder}/${name}`, text: readTemplate(templatesDir, `${folder}/${name}`) }));
}

const PLACEHOLDER = /\/\*@(\w+)@\*\//g;

/** Replaces every placeholder; a placeholder without a value, or a value without a placeholder, is a bug. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const used = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Template placeholder ${name} has no value.`);
    used.add(name);
    return value;
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`Template has no placeholder for: ${unused.join(', ')}.`);
  return filled;
}
