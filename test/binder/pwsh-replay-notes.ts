/**
 * Why a conformance case cannot agree with real PowerShell (pwsh-replay.ts): keyed by the case's
 * command and argv, so the notes survive edits to the table around them.
 *
 * @module
 */
import { caseKey } from './pwsh-replay.ts';

const notes: [cmdlet: string, argv: string[], why: string][] = [];

export function replayNotes(): Map<string, string> {
  return new Map(notes.map(([cmdlet, argv, why]) => [caseKey({ cmdlet, argv }), why]));
}
