/**
 * Real pwsh as the oracle: every command line runs in ONE pwsh process against the stand-in
 * cmdlets (run-lines.ps1); the answers are kept in pwsh-snapshot.json so the test can still run
 * where pwsh is missing (it says so). In CI (CI=true) pwsh must be there.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { findPwsh as findInstalledPwsh } from '../../../scripts/find-program.ts';

export type PwshAnswer =
  | { parameterSet: string; bound: Record<string, unknown> }
  | { errorId: string; message: string; stage: 'parse' | 'bind' };

/** gzip: ~11,000 answers are 3.6 MB of JSON; the readable artifact is differential-report.md. */
const SNAPSHOT = new URL('./pwsh-snapshot.json.gz', import.meta.url).pathname;
const RUNNER = new URL('./run-lines.ps1', import.meta.url).pathname;
const PWSH_VERSION = '7.6.9';

/** pwsh where scripts/find-program.ts finds it, if it also starts; null otherwise. */
export function findPwsh(): string | null {
  const pwsh = findInstalledPwsh();
  if (pwsh === null) return null;
  const run = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', '$PSVersionTable.PSVersion.ToString()'], { encoding: 'utf8' });
  return run.status === 0 ? pwsh : null;
}

/** Runs the command texts through pwsh (one process); answers in the same order. */
export function askPwsh(pwsh: string, source: string, texts: readonly string[]): PwshAnswer[] {
  const dir = mkdtempSync(join(tmpdir(), 'pcsh-differential-'));
  try {
    const files = { source: join(dir, 'stand-ins.cs'), lines: join(dir, 'lines.json'), answers: join(dir, 'answers.json') };
    writeFileSync(files.source, source);
    writeFileSync(files.lines, JSON.stringify(texts));
    const run = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', RUNNER, files.source, files.lines, files.answers], {
      encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`pwsh failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    const answers = (JSON.parse(readFileSync(files.answers, 'utf8')) as PwshAnswer[]).map(stable);
    if (answers.length !== texts.length) throw new Error(`pwsh answered ${answers.length} of ${texts.length} lines`);
    return answers;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Model objects without their default-valued properties (null, 0, Unknown, empty), keys sorted. */
export function withoutDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDefaults);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = withoutDefaults(value[key]);
    const empty = v === null || v === 0 || v === 'Unknown' || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
    if (!empty) out[key] = v;
  }
  return out;
}

/**
 * An answer as the snapshot keeps it: the same every run (the stand-ins' assembly gets a random
 * name per compile) and small (default-valued model properties dropped; the comparison ignores them).
 */
function stable(answer: PwshAnswer): PwshAnswer {
  if ('errorId' in answer) return { ...answer, message: answer.message.replace(/\b[a-z0-9]{8}\.[a-z0-9]{3}(?=, Version=0\.0\.0\.0)/g, 'stand-ins') };
  const bound: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answer.bound)) bound[key] = isObject(value) || Array.isArray(value) ? withoutDefaults(value) : value;
  return { parameterSet: answer.parameterSet, bound };
}

interface Snapshot {
  pwsh: string;
  /** SHA-256 of the stand-in C#: answers recorded against other declarations are stale. */
  standIns: string;
  answers: Record<string, PwshAnswer>;
}

function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

function readSnapshot(): Snapshot | null {
  return existsSync(SNAPSHOT) ? (JSON.parse(gunzipSync(readFileSync(SNAPSHOT)).toString('utf8')) as Snapshot) : null;
}

/** One line per answer, sorted (`zcat` shows it). */
export function writeSnapshot(source: string, texts: readonly string[], answers: readonly PwshAnswer[]): void {
  const entries = texts.map((t, i) => [t, answers[i]!] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = entries.map(([t, a]) => `  ${JSON.stringify(t)}: ${JSON.stringify(a)}`).join(',\n');
  const text = `{\n"pwsh": "${PWSH_VERSION}",\n"standIns": "${sourceHash(source)}",\n"answers": {\n${body}\n}\n}\n`;
  writeFileSync(SNAPSHOT, gzipSync(text, { level: 9 }));
}

export type OracleRun = { mode: 'live'; answers: PwshAnswer[] } | { mode: 'snapshot'; answers: PwshAnswer[]; why: string };

/** Live when pwsh is here (always in CI); otherwise from the snapshot, which must be current. */
export function oracle(source: string, texts: readonly string[]): OracleRun {
  const pwsh = findPwsh();
  if (pwsh !== null && process.env.PCSH_DIFFERENTIAL !== 'snapshot') return { mode: 'live', answers: askPwsh(pwsh, source, texts) };
  if (process.env.CI === 'true') throw new Error('pwsh is not installed: CI must install it (dotnet tool install --global PowerShell --version 7.6.9).');
  const snapshot = readSnapshot();
  if (snapshot === null) throw new Error(`pwsh is not installed and there is no snapshot at ${SNAPSHOT}.`);
  if (snapshot.standIns !== sourceHash(source)) throw new Error('the pwsh snapshot was recorded against other stand-ins: refresh it where pwsh is installed (npx tsx test/binder/differential/refresh.ts).');
  const answers = texts.map((t) => {
    const answer = snapshot.answers[t];
    if (answer === undefined) throw new Error(`the pwsh snapshot has no answer for: ${t}\nrefresh it where pwsh is installed (npx tsx test/binder/differential/refresh.ts).`);
    return answer;
  });
  return { mode: 'snapshot', answers, why: pwsh === null ? 'pwsh is not installed' : 'PCSH_DIFFERENTIAL=snapshot' };
}
