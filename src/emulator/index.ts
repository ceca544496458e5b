/**
 * The built-in Partner Center emulator. Loaded with import() only when it is used: embedded by
 * the runtime for the Emulator environment, or standalone by `pcsh emulator start`.
 *
 * @module
 */
export { startEmulator } from './server.ts';
export type { EmulatorOptions, RunningEmulator } from './server.ts';
export { runEmulatorCommand } from './command.ts';
export type { EmulatorCommandOptions } from './command.ts';
export { defaultEmulatorDataDir } from './data-dir.ts';
export { injectFaults, clearFaults, faultsPath } from './faults.ts';
export type { Fault, FaultKind } from './faults.ts';
export { readRequestLog, requestLogPath } from './request-log.ts';
export type { RequestLogEntry } from './request-log.ts';
export { CATALOG } from './catalog.ts';
export type { CatalogItem } from './catalog.ts';
