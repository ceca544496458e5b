/**
 * The floors of src/, bottom to top, and the check that imports only go down: a file may import
 * its own folder and the folders on the floors below, never a folder on its own floor or above.
 * Every import counts: static, `import type`, re-exports and `import()`, in code or in types.
 * Run by test/layers.test.ts (part of `npm test`); README "How it fits together" draws the same.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export const FLOORS: readonly (readonly string[])[] = [
  ['core'], // error records, atomic writes, the file lock, streams, redaction: imports nothing of ours
  ['registry', 'partner-center'], // the cmdlet model; the REST client and its models
  ['binder', 'help', 'auth', 'emulator'], // argv -> bound values; Get-Help text; sign-in; the emulator
  ['pwsh', 'shell'], // the generated PowerShell module and the host protocol; tab completion for bash, zsh, fish
  ['cmdlets'], // one handler per cmdlet, and the contract they are called through
  ['runtime'], // the roof: entry points (CLI call, pwsh host call, subcommands) and dispatch
];

/** Imports waiting for another branch to land; each entry must still exist (a stale one fails). None left. */
export const PENDING_EXCEPTIONS: readonly string[] = [];

export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The relative import specifiers of one source text. */
export function relativeImports(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[1] ?? '');
}

/** Every .ts file under `dir` (relative to `root`) and the files it imports, as root-relative paths. */
export function readImportGraph(root: string, dir = 'src'): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder)).sort()) {
      const path = join(folder, entry);
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (entry.endsWith('.ts')) {
        const targets = relativeImports(readFileSync(join(root, path), 'utf8')).map((spec) => normalize(join(dirname(path), spec)));
        graph.set(path, targets.filter((target) => target.endsWith('.ts')));
      }
    }
  };
  walk(dir);
  return graph;
}

const folderOf = (file: string) => relative('src', file).split('/')[0] ?? '';

/** The floor index of a src/ file's folder, or undefined for a folder no floor names. */
function floorOf(file: string, floors = FLOORS): number | undefined {
  const folder = folderOf(file);
  const index = floors.findIndex((floor) => floor.includes(folder));
  return index < 0 ? undefined : index;
}

/** `from -> to` for every import that goes sideways or up a floor, or touches a folder no floor names. */
export function upwardImports(graph: ImportGraph, floors = FLOORS): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      if (folderOf(from) === folderOf(to)) continue;
      const [fromFloor, toFloor] = [floorOf(from, floors), floorOf(to, floors)];
      if (fromFloor === undefined || toFloor === undefined || toFloor >= fromFloor) found.push(`${from} -> ${to}`);
    }
  }
  return found;
}

/** Every import cycle between files, each as its files in a loop order (Tarjan's strongly connected components). */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      component.unshift(member);
      if (member === file) break;
    }
    const selfImport = (graph.get(file) ?? []).includes(file);
    if (component.length > 1 || selfImport) cycles.push(component);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}
