/**
 * Exports nobody imports: every `export` of a file under src/, scripts/ or test/ must be imported
 * by another file (statically, with `import()`, or in a type), unless the file is an entry point
 * (ENTRY_POINTS: the bundles, the public API typedoc documents, scripts run by npm). Syntactic, on
 * TypeScript's parser, so it follows the `.ts` import paths this project writes. Run by test/lint.test.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/** Files whose exports are used from outside the import graph. */
const ENTRY_POINTS: readonly RegExp[] = [
  /^src\/runtime\/(main|subcommand-tools|complete-entry)\.ts$/, // the three bundles (scripts/build/bundle.ts)
  /^src\/core\/error-record\.ts$/, // typedoc.json's programmatic surface, with the files below
  /^src\/(registry\/(model|load|build)|binder\/index|runtime\/(pwsh-host-call|execute-cmdlet|environment)|cmdlets\/types)\.ts$/,
  /^src\/(partner-center\/(client|client-types|models)|emulator\/index|pwsh\/protocol)\.ts$/,
  /^scripts\/[^/]+\.ts$/, // run by npm scripts
  /\.test\.ts$/,
];

type Used = Map<string, Set<string>>; // file -> names imported from it ('*' = all)

function use(used: Used, file: string, name: string): void {
  if (!used.has(file)) used.set(file, new Set());
  used.get(file)!.add(name);
}

/**
 * The values a file exports (`default` for a default export). Exported interfaces and type aliases
 * are left out: they name the shapes of exported functions, for callers to use when they need to.
 */
export function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) continue;
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      names.push(...statement.exportClause.elements.filter((element) => !element.isTypeOnly).map((element) => element.name.text));
    } else if (ts.isExportAssignment(statement)) names.push('default');
    else if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if (exported(statement) && 'name' in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)) {
      const isDefault = ts.getModifiers(statement as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      names.push(isDefault ? 'default' : (statement.name as ts.Identifier).text);
    }
  }
  return names;
}

/** What `import('x')` takes: destructured names, one property, or everything. */
function dynamicImportNames(call: ts.Node): string[] {
  let node = call.parent;
  if (node && ts.isAwaitExpression(node)) node = node.parent;
  while (node && ts.isParenthesizedExpression(node)) node = node.parent;
  if (node && ts.isPropertyAccessExpression(node)) return [node.name.text];
  if (node && ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name)) {
    return node.name.elements.map((element) => ((element.propertyName ?? element.name) as ts.Identifier).text);
  }
  return ['*'];
}

/** Records, per imported file, the names `source` (at root-relative `file`) imports from it. */
export function collectImports(file: string, source: ts.SourceFile, used: Used): void {
  const target = (specifier: ts.Node) => (ts.isStringLiteral(specifier) && specifier.text.startsWith('.') ? normalize(join(dirname(file), specifier.text)) : null);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && node.importClause) {
      const to = target(node.moduleSpecifier);
      const clause = node.importClause;
      if (to && clause.name) use(used, to, 'default');
      if (to && clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) use(used, to, '*');
      if (to && clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        for (const element of clause.namedBindings.elements) use(used, to, (element.propertyName ?? element.name).text);
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const to = target(node.moduleSpecifier);
      const clause = node.exportClause;
      if (to && (!clause || !ts.isNamedExports(clause))) use(used, to, '*');
      if (to && clause && ts.isNamedExports(clause)) for (const element of clause.elements) use(used, to, (element.propertyName ?? element.name).text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      const to = target(node.arguments[0]);
      if (to) for (const name of dynamicImportNames(node)) use(used, to, name);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const to = target(node.argument.literal);
      if (to) use(used, to, node.qualifier && ts.isIdentifier(node.qualifier) && !node.isTypeOf ? node.qualifier.text : '*');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** `file: name` for every export no other file imports, for root-relative `files`. */
export function unusedExports(root: string, files: readonly string[], entryPoints = ENTRY_POINTS): string[] {
  const sources = new Map(files.map((file) => [file, ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022, true)]));
  const used: Used = new Map();
  for (const [file, source] of sources) collectImports(file, source, used);
  const unused: string[] = [];
  for (const [file, source] of sources) {
    if (entryPoints.some((pattern) => pattern.test(file))) continue;
    const names = used.get(file) ?? new Set();
    if (names.has('*')) continue;
    for (const name of exportedNames(source)) if (!names.has(name)) unused.push(`${file}: ${name}`);
  }
  return unused;
}
