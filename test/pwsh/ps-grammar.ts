/** Test helper: parse PowerShell with the tree-sitter-powershell grammar (wasm, no native build). */
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { Language, Parser } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

/**
 * One parser per process, made on first use. The grammar's wasm (1 MB) runs on V8's baseline
 * compiler only: with tier-up, V8 optimises its huge parse functions in the background and the
 * process then takes 30-100 s to exit (a second Parser.init() did the same while running).
 */
export function loadPowerShellParser(): Promise<Parser> {
  return (parserOnce ??= createParser());
}
let parserOnce: Promise<Parser> | undefined;

async function createParser(): Promise<Parser> {
  setFlagsFromString('--liftoff-only');
  await Parser.init();
  const wasm = require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
  const parser = new Parser();
  parser.setLanguage(await Language.load(wasm));
  return parser;
}

/** The ERROR / MISSING nodes of a parse, as "line:col text" strings. */
export function syntaxErrors(parser: Parser, source: string): string[] {
  const tree = parser.parse(source);
  if (!tree) return ['no tree'];
  const errors: string[] = [];
  const walk = (node: NonNullable<typeof tree>['rootNode']): void => {
    if (node.isError || node.isMissing) errors.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1} ${node.text.slice(0, 60)}`);
    for (const child of node.children) if (child) walk(child);
  };
  walk(tree.rootNode);
  return errors;
}
