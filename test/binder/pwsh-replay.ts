/**
 * The conformance table (conformance-cases.ts) replayed through the real PowerShell engine: every
 * case not marked `pcshOnly` becomes PowerShell command text and runs, in the engine hosted by
 * test/pwsh/engine (run.sh replay, replay.ps1), against stub advanced functions with exactly the
 * generated module's param blocks (dist/pwsh/PartnerCenter: run `npx tsx scripts/build.ts` first)
 * and a body that only reports $PSCmdlet.ParameterSetName and $PSBoundParameters. The answers are
 * compared with the table's expectations; pwsh-replay-notes.ts says why the differences that
 * cannot go away are there.
 *
 *   node --import tsx test/binder/pwsh-replay.ts     replays and rewrites pwsh-replay-report.md
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { conformanceCases, type ConformanceCase } from './conformance-cases.ts';
import { replayNotes } from './pwsh-replay-notes.ts';

const root = new URL('../..', import.meta.url).pathname;
const REPORT = join(root, 'test/binder/pwsh-replay-report.md');

/** What the engine answered for one case. */
export type EngineAnswer =
  | { parameterSet: string; bound: Record<string, unknown> }
  | { errorId: string; message: string; stage: 'parse' | 'bind' | 'run'; exception?: string };

export interface ReplayRow {
  index: number;
  case: ConformanceCase;
  text: string | null;
  answer: EngineAnswer | null;
  outcome: 'agree' | 'differ' | 'not replayable';
  /** Why the case differs or cannot be replayed (pwsh-replay-notes.ts); null for an unexplained difference. */
  note: string | null;
}

/**
 * One argv entry (what bash delivered) as PowerShell command text meaning the same thing the binder
 * takes it to mean. Parameters, PowerShell literals (`@{…}`, `@(…)`, `'…'`, `"…"`, `$true`) and
 * plain words go in as they are — PowerShell parses them itself, which is what the binder emulates.
 * A word PowerShell would split or read as syntax (spaces: it came from a quoted bash word; `{`,
 * `(`, `;`, quotes inside, …) is single-quoted, and so is the empty string.
 */
function psArgument(token: string): string {
  if (token === '') return "''";
  if (/^[-\u2013\u2014\u2015]/.test(token)) return token;
  if (/^[@'"$(]/.test(token)) return token;
  if (/[\s{}();|&<>'"`#\u2018\u2019\u201C\u201D]/.test(token)) return `'${token.replace(/['\u2018\u2019\u201A\u201B]/g, "''")}'`;
  return token;
}

function commandText(c: ConformanceCase): string {
  return [c.cmdlet, ...c.argv.map(psArgument)].join(' ');
}

type EngineRun = { answers: Map<number, EngineAnswer>; output: string } | { skip: string };

/** Runs the replay in the engine; `skip` when dotnet or the engine package is not to be had. */
function runEngine(cases: { id: number; text: string }[]): EngineRun {
  if (process.env.PCSH_ENGINE_TEST === '0') return { skip: 'PCSH_ENGINE_TEST=0' };
  if (spawnSync('dotnet', ['--version'], { stdio: 'ignore' }).status !== 0) return { skip: 'dotnet is not on PATH' };
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-replay-'));
  const file = join(dir, 'cases.json');
  writeFileSync(file, JSON.stringify(cases));
  const run = spawnSync('bash', [join(root, 'test/pwsh/engine/run.sh'), 'replay'], {
    cwd: root, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REPLAY_CASES: file },
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  // NuGet errors NU1100–NU1301 (package or feed not reachable): the engine cannot be had here.
  if (run.status !== 0 && /error NU1[123]\d\d/.test(output)) {
    return { skip: `NuGet could not restore the engine package: ${/error NU1\d+[^\n]*/.exec(output)![0]}` };
  }
  if (run.status !== 0 || !output.includes('REPLAY DONE')) throw new Error(`the engine replay failed (exit ${run.status}):\n${output}`);
  const answers = new Map<number, EngineAnswer>();
  for (const line of (run.stdout ?? '').split('\n')) {
    if (!line.startsWith('REPLAY {')) continue;
    const { id, ...answer } = JSON.parse(line.slice('REPLAY '.length)) as { id: number } & EngineAnswer;
    answers.set(id, answer as EngineAnswer);
  }
  return { answers, output };
}

// ---- comparison --------------------------------------------------------------------------------

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A property the engine's PSCartLineItem carries by default (0, Unknown, empty list or map, null), or
 * '' — what pwsh stores for $null given to a [string] property, which the module's bridge does not send.
 */
function isDefault(value: unknown): boolean {
  return value === null || value === '' || value === 0 || value === false || value === 'Unknown'
    || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
}

/**
 * Model values: property names and scalar values case-insensitively (the engine writes enums and
 * numbers its own way), properties the engine's object carries with default values ignored, a
 * DateTime at midnight equal to its date.
 */
function sameModel(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => sameModel(e, actual[i]));
  if (isObject(expected)) {
    if (!isObject(actual)) return false;
    const lower = new Map(Object.entries(actual).map(([k, v]) => [k.toLowerCase(), v]));
    const expectedKeys = new Set(Object.keys(expected).map((k) => k.toLowerCase()));
    for (const [key, value] of Object.entries(expected)) {
      if (!lower.has(key.toLowerCase()) || !sameModel(value, lower.get(key.toLowerCase()))) return false;
    }
    return [...lower].every(([k, v]) => expectedKeys.has(k) || isDefault(v));
  }
  if (typeof expected === 'string' && typeof actual === 'string' && /^\d{4}-\d\d-\d\dT00:00:00(\.0+)?$/.test(actual)) {
    return actual.startsWith(`${expected}T`) || actual === expected;
  }
  if (actual === null || expected === null || typeof actual === 'object') return expected === actual;
  return String(expected).toLowerCase() === String(actual).toLowerCase();
}

/** Top-level bound names exactly; strings and switches exactly; model objects by sameModel. */
export function sameBound(expected: Record<string, unknown>, actual: Record<string, unknown>): boolean {
  const names = Object.keys(expected).sort();
  if (JSON.stringify(names) !== JSON.stringify(Object.keys(actual).sort())) return false;
  return names.every((name) => {
    const e = expected[name];
    const a = actual[name];
    if (typeof e === 'object' && e !== null) return sameModel(e, a);
    return e === a;
  });
}

/** The engine's FullyQualifiedErrorId without the `,Command-Name` PowerShell appends. */
function errorIdOf(answer: { errorId: string }, cmdlet: string): string {
  return answer.errorId.endsWith(`,${cmdlet}`) ? answer.errorId.slice(0, -cmdlet.length - 1) : answer.errorId;
}

function agrees(c: ConformanceCase, answer: EngineAnswer): boolean {
  if ('errorId' in c.expect) {
    return 'errorId' in answer && errorIdOf(answer, c.cmdlet) === c.expect.errorId && answer.message === c.expect.message;
  }
  return 'parameterSet' in answer && answer.parameterSet === c.expect.parameterSet && sameBound(c.expect.bound, answer.bound);
}

/** The replay of the whole table: one row per case, in table order. */
export function replay(): { rows: ReplayRow[] } | { skip: string } {
  const replayable = conformanceCases.map((c, index) => ({ c, index })).filter(({ c }) => !c.pcshOnly);
  const run = runEngine(replayable.map(({ c, index }) => ({ id: index, text: commandText(c) })));
  if ('skip' in run) return run;
  const rows = conformanceCases.map((c, index): ReplayRow => {
    if (c.pcshOnly) return { index, case: c, text: null, answer: null, outcome: 'not replayable', note: 'pcshOnly: an input pwsh cannot take from a native shell (JSON, @file, `-`, a bash-emptied `-Name:`).' };
    const answer = run.answers.get(index) ?? null;
    if (answer === null) throw new Error(`the engine gave no answer for case #${index}\n${run.output}`);
    if (agrees(c, answer)) return { index, case: c, text: commandText(c), answer, outcome: 'agree', note: null };
    const note = replayNotes.find((n) => n.applies(c, answer))?.why ?? null;
    return { index, case: c, text: commandText(c), answer, outcome: 'differ', note };
  });
  return { rows };
}

// ---- the report --------------------------------------------------------------------------------

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, '<br>').replace(/`/g, '\\`');
}

function code(text: string): string {
  return `<code>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/\n/g, '<br>')}</code>`;
}

function describeExpectation(c: ConformanceCase): string {
  return 'errorId' in c.expect ? `${c.expect.errorId}: ${c.expect.message}` : `${c.expect.parameterSet} ${JSON.stringify(c.expect.bound)}`;
}

function describeAnswer(c: ConformanceCase, answer: EngineAnswer): string {
  if ('errorId' in answer) return `${answer.stage === 'parse' ? '(parse error) ' : ''}${errorIdOf(answer, c.cmdlet)}: ${answer.message}`;
  return `${answer.parameterSet} ${JSON.stringify(answer.bound)}`;
}

function renderReport(rows: ReplayRow[]): string {
  const count = (outcome: ReplayRow['outcome']) => rows.filter((r) => r.outcome === outcome).length;
  const differ = rows.filter((r) => r.outcome === 'differ');
  const unexplained = differ.filter((r) => r.note === null);
  const lines = [
    '# The conformance table in real PowerShell',
    '',
    'Generated by `node --import tsx test/binder/pwsh-replay.ts` (the test test/binder/pwsh-replay.test.ts runs the',
    'same replay and fails on any difference without a note); do not edit by hand — the notes live in',
    'test/binder/pwsh-replay-notes.ts.',
    '',
    'Every case of test/binder/conformance-cases.ts not marked `pcshOnly` is turned into PowerShell command text',
    '(the argv tokens joined with spaces; a token PowerShell would split or read as syntax — spaces, braces, quotes',
    'inside a bare word — is single-quoted, as the bash word it came from was) and run in the PowerShell engine',
    '(System.Management.Automation 7.6.9, hosted by test/pwsh/engine, no interactive host) against stub advanced',
    'functions with exactly the param blocks of the generated module dist/pwsh/PartnerCenter. Get-Help and',
    "Get-Command are stubbed with the param blocks of the engine's own cmdlets (ProxyCommand), which pcsh emulates.",
    '',
    "Compared: the parameter set and the bound names exactly; bound values exactly, except model objects",
    "(PSCartLineItem), whose property names and values compare case-insensitively, ignoring properties the engine's",
    'object carries with default values (Id 0, empty AddonItems/Participants/ProvisioningContext, …); for errors the',
    'FullyQualifiedErrorId without its `,Command-Name` suffix and the exception message, exactly.',
    '',
    `- agree: ${count('agree')}`,
    `- differ: ${differ.length} (${differ.length - unexplained.length} explained below, ${unexplained.length} unexplained)`,
    `- not replayable: ${count('not replayable')} (pcshOnly)`,
    `- total: ${rows.length}`,
    '',
    '## Differences',
    '',
    '| # | PowerShell command text | pcsh (the table) | PowerShell | Why |',
    '|---|---|---|---|---|',
    ...differ.map((r) => `| ${r.index} | ${code(r.text ?? '')} | ${code(describeExpectation(r.case))} | ${code(describeAnswer(r.case, r.answer!))} | ${r.note === null ? '**UNEXPLAINED**' : cell(r.note)} |`),
    '',
    '## Not replayable',
    '',
    '| # | Command | argv | Why |',
    '|---|---|---|---|',
    ...rows.filter((r) => r.outcome === 'not replayable').map((r) => `| ${r.index} | ${r.case.cmdlet} | ${code(r.case.argv.join(' ').slice(0, 160))} | ${cell(r.note ?? '')} |`),
    '',
    '## What is left',
    '',
    '- Line items: the engine converts a hashtable into the module\'s PSCartLineItem (nested AddonItems and',
    '  Participants too) without pcsh\'s validation, so invalid items differ (see their note); a single',
    '  PSCustomObject (not in an array) for AddonItems/Participants does not convert in the engine.',
    "- pcsh's Get-Help -Parameter takes one name (PowerShell 7: String[]); pcsh's Get-Command has no parameter sets.",
    '- $null to a mandatory [ValidateNotNull()] [string] parameter of a compiled cmdlet is unverified (see its note).',
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = replay();
  if ('skip' in result) {
    console.error(`pwsh-replay: cannot replay, ${result.skip}.`);
    process.exit(1);
  }
  writeFileSync(REPORT, renderReport(result.rows));
  const differ = result.rows.filter((r) => r.outcome === 'differ');
  console.log(`pwsh-replay: ${result.rows.filter((r) => r.outcome === 'agree').length} agree, ${differ.length} differ (${differ.filter((r) => r.note === null).length} unexplained), ${result.rows.filter((r) => r.outcome === 'not replayable').length} not replayable; wrote ${REPORT}`);
  if (process.env.REPLAY_DUMP) {
    for (const r of differ.filter((row) => row.note === null)) {
      console.log(`#${r.index} ${r.text}\n  pcsh: ${describeExpectation(r.case)}\n  pwsh: ${describeAnswer(r.case, r.answer!)}`);
    }
  }
}
