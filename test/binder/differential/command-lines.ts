/**
 * The command lines of the differential test, generic over the registry: for every cmdlet and
 * parameter set a valid base line, then every parameter × name spelling (full, case, prefixes,
 * aliases, `-Name:value`), every parameter × value shape, every common parameter × value, the
 * error paths (unknown names, stray and missing arguments, twice, `--`), and a seeded random mix.
 * Tokens are limited to those that mean the same in pwsh and as argv: bare words, quoted strings,
 * numbers, $true/$false/$null, @{}/@(), comma lists.
 *
 * @module
 */
import { ALL_PARAMETER_SETS } from '../../../src/registry/model.ts';
import type { CmdletInfo } from '../../../src/registry/model.ts';
import { buildParameterTable, isSwitchType } from '../../../src/binder/parameter-table.ts';
import type { ParamDef } from '../../../src/binder/parameter-table.ts';
import { namesFor, VALUE_SHAPES, COMMON_VALUES, LINE_ITEM_SHAPES, validValue } from './value-shapes.ts';

export interface CommandLine {
  cmdlet: string;
  argv: string[];
  /** Which generator made it, for the report. */
  family: string;
}

function setsOf(cmdlet: CmdletInfo): string[] {
  const named = new Set<string>();
  for (const p of cmdlet.parameters) for (const e of p.parameterSets) if (e.name !== ALL_PARAMETER_SETS) named.add(e.name);
  return named.size > 0 ? [...named] : [ALL_PARAMETER_SETS];
}

/** The mandatory parameters of one set with valid values: a line that binds. */
function baseArgv(cmdlet: CmdletInfo, set: string, except?: string): string[] {
  const argv: string[] = [];
  for (const p of cmdlet.parameters) {
    if (p.name === except) continue;
    const entry = p.parameterSets.find((e) => e.name === set || e.name === ALL_PARAMETER_SETS);
    if (!entry?.required) continue;
    argv.push(`-${p.name}`);
    if (!isSwitchType(p.type)) argv.push(validValue(p.type, p.validation.pattern !== undefined, p.acceptedValues));
  }
  return argv;
}

function linesFor(cmdlet: CmdletInfo): CommandLine[] {
  const table = buildParameterTable(cmdlet);
  const out: CommandLine[] = [];
  const add = (family: string, argv: string[]) => out.push({ cmdlet: cmdlet.name, argv, family });
  const sets = setsOf(cmdlet);
  for (const set of sets) add('base', baseArgv(cmdlet, set));
  add('base', []);
  const base = baseArgv(cmdlet, cmdlet.defaultParameterSet === ALL_PARAMETER_SETS ? sets[0]! : cmdlet.defaultParameterSet);
  for (const def of table) {
    const setFor = def.info?.parameterSets.find((e) => e.name !== ALL_PARAMETER_SETS)?.name ?? sets[0]!;
    const around = baseArgv(cmdlet, setFor, def.name);
    const valid = validValue(def.type, def.info?.validation.pattern !== undefined, def.info?.acceptedValues ?? []);
    for (const name of namesFor(table, def)) {
      if (isSwitchType(def.type)) {
        add('names', [...around, `-${name}`]);
        for (const v of ['$true', '$false', '$null', '0', '1', 'true']) add('switch values', [...around, `-${name}:${v}`]);
      } else {
        add('names', [...around, `-${name}`, valid]);
        add('names', [...around, `-${name}:${valid}`]);
      }
    }
    if (isSwitchType(def.type)) continue;
    const shapes = def.kind === 'common' ? COMMON_VALUES[def.type] ?? VALUE_SHAPES : /pscartlineitem/i.test(def.type) ? LINE_ITEM_SHAPES : VALUE_SHAPES;
    for (const value of shapes) {
      add(`values ${def.kind === 'common' ? def.name : def.type}`, [...around, `-${def.name}`, value]);
      if (!value.startsWith('-')) add(`values ${def.kind === 'common' ? def.name : def.type} (colon)`, [...around, `-${def.name}:${value}`]);
    }
    add('missing argument', [...around, `-${def.name}`]);
    add('missing argument', [...around, `-${def.name}:`]);
    add('twice', [...around, `-${def.name}`, valid, `-${def.name}`, valid]);
  }
  add('unknown', [...base, '-Nope']);
  add('unknown', ['-Nope', ...base]);
  add('unknown', [...base, '-Nope', 'x']);
  add('stray', [...base, 'stray']);
  add('stray', [...base, 'a', 'b']);
  add('stray', [...base, '--', '-Nope']);
  add('stray', ['--', ...base]);
  add('stray', [...base, '$true']);
  add('stray', [...base, '$false']);
  for (const p of cmdlet.parameters.filter((q) => q.parameterSets.some((e) => e.position !== null))) {
    for (const value of ['x', "'a b'", '1', '$null', 'a,b', '@()']) add('positional', [...base, value]);
    add('positional', [...base, '-', 'x']);
    void p;
  }
  return out;
}

/** A small deterministic generator (mulberry32), so the random mix is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomLine(cmdlet: CmdletInfo, table: readonly ParamDef[], random: () => number): string[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const argv: string[] = [];
  const count = 1 + Math.floor(random() * 5);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.08) { argv.push(pick(['stray', '-Nope', '--', '$null', '7'])); continue; }
    const def = pick(table);
    const name = pick(namesFor(table, def));
    if (isSwitchType(def.type)) { argv.push(roll < 0.3 ? `-${name}:${pick(['$true', '$false', '0'])}` : `-${name}`); continue; }
    const valid = validValue(def.type, def.info?.validation.pattern !== undefined, def.info?.acceptedValues ?? []);
    const shapes = def.kind === 'common' ? COMMON_VALUES[def.type] ?? VALUE_SHAPES : /pscartlineitem/i.test(def.type) ? LINE_ITEM_SHAPES : VALUE_SHAPES;
    const value = random() < 0.5 ? valid : pick(shapes);
    if (value.startsWith('-') || random() < 0.7) argv.push(`-${name}`, value);
    else argv.push(`-${name}:${value}`);
  }
  return random() < 0.6 ? [...baseArgv(cmdlet, pick(setsOf(cmdlet))), ...argv] : argv;
}

export function commandLines(cmdlets: readonly CmdletInfo[], randomCount: number, seed = 20261129): CommandLine[] {
  const lines = cmdlets.flatMap(linesFor);
  const random = seededRandom(seed);
  for (let i = 0; i < randomCount; i++) {
    const cmdlet = cmdlets[i % cmdlets.length]!;
    lines.push({ cmdlet: cmdlet.name, argv: randomLine(cmdlet, buildParameterTable(cmdlet), random), family: 'random' });
  }
  const seen = new Set<string>();
  return lines.filter((l) => {
    const key = `${l.cmdlet} ${JSON.stringify(l.argv)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
