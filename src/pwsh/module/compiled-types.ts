/**
 * The model types the module compiles, read from the model templates themselves
 * (templates/models/*.cs): a new model is declared by adding its class there, nothing else.
 *
 * @module
 */

export interface CompiledTypes {
  /** Full names of public classes and enums. */
  all: ReadonlySet<string>;
  /** Full names of public enums (a parameter typed with one needs no ValidateSet). */
  enums: ReadonlySet<string>;
}

const NAMESPACE = /^namespace\s+([\w.]+)/;
const DECLARATION = /^\s*public\s+(?:(?:sealed|static|abstract|partial)\s+)*(class|enum)\s+(\w+)/;

/** Top-level public types of C# sources written one namespace block after another. */
export function compiledTypes(sources: readonly string[]): CompiledTypes {
  const all = new Set<string>();
  const enums = new Set<string>();
  for (const source of sources) {
    let namespace = '';
    for (const line of source.split('\n')) {
      const ns = NAMESPACE.exec(line);
      if (ns) namespace = ns[1] ?? '';
      const declaration = DECLARATION.exec(line);
      if (!declaration || namespace === '') continue;
      const fullName = `${namespace}.${declaration[2]}`;
      all.add(fullName);
      if (declaration[1] === 'enum') enums.add(fullName);
    }
  }
  return { all, enums };
}
