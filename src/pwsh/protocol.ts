/**
 * The wire protocol between the generated PowerShell module and `pcsh host --stdio`.
 *
 * One JSON document per line (UTF-8, `\n`-terminated) in each direction; the module writes a
 * request to the host's stdin and reads exactly one response line from its stdout before it
 * sends the next request. Requests are answered strictly in order, one at a time.
 *
 * Request (module → host):
 * ```json
 * {"id": 1, "command": "New-PartnerCustomerCart", "parameterSet": "__AllParameterSets",
 *  "parameters": {"CustomerId": "46a6…", "LineItems": [{"CatalogItemId": "…", "Quantity": 10,
 *                 "BillingCycle": "OneTime", "ProvisioningContext": {"duration": "1Year"}}]},
 *  "common": {"Verbose": true, "Debug": false, "ErrorAction": "Continue"},
 *  "shouldProcessDone": true}
 * ```
 * - `parameters` holds `$PSBoundParameters` minus the common and ShouldProcess parameters, with
 *   canonical (declared) names. Model objects arrive as PascalCase objects, switches as booleans,
 *   enums as their names, a PSCredential as `{"UserName": …, "Password": <plain text>}` — which is
 *   why secrets travel over stdin only, never argv.
 * - `shouldProcessDone: true` means pwsh already ran ShouldProcess (-WhatIf / -Confirm /
 *   $ConfirmPreference) and the user agreed: the host must not ask or print a WhatIf line again.
 *
 * Response (host → module):
 * ```json
 * {"id": 1, "output": [{"CartId": "…", "LineItems": […], "Status": "Active"}],
 *  "errors": [{"errorId": "…", "category": "NotFound", "message": "…", "exitCode": 1}],
 *  "streams": {"verbose": ["…"], "debug": [], "warning": []}, "exitCode": 0}
 * ```
 * - `output`: the objects of the success stream, in order, as plain JSON (PascalCase properties).
 *   The module re-types them as the cmdlet's declared OutputType.
 * - `errors`: every error, non-terminating ones first; an error with `terminating: true` (or the
 *   last error when `exitCode` is 2, a binding error) is raised with ThrowTerminatingError.
 * - `id` echoes the request's id; `null` when the request line could not be read.
 *
 * @module
 */
import type { ErrorRecordJson } from '../core/error-record.ts';

/** The values of the *Action common parameters. */
export type ActionPreference = 'SilentlyContinue' | 'Stop' | 'Continue' | 'Inquire' | 'Ignore';

/** Common parameters the module forwards (the others stay in pwsh). */
export interface HostCommonParameters {
  Verbose?: boolean;
  Debug?: boolean;
  ErrorAction?: ActionPreference;
  WarningAction?: ActionPreference;
}

export interface HostRequest {
  id: number;
  /** The cmdlet's canonical name, e.g. "New-PartnerCustomerCart". */
  command: string;
  /** `$PSCmdlet.ParameterSetName`, as pwsh resolved it. */
  parameterSet: string;
  /** Bound parameters by canonical name, structured JSON values. */
  parameters: Record<string, unknown>;
  common: HostCommonParameters;
  /** pwsh already asked ShouldProcess and the answer was yes: do not prompt or print WhatIf. */
  shouldProcessDone: boolean;
}

/** An error record as sent to the module; `terminating` selects ThrowTerminatingError. */
export type HostErrorRecord = ErrorRecordJson & { terminating?: boolean };

export interface HostStreams {
  verbose: string[];
  debug: string[];
  warning: string[];
}

export interface HostResponse {
  id: number | null;
  output: unknown[];
  errors: HostErrorRecord[];
  streams: HostStreams;
  exitCode: number;
}

/** What `pcsh host --stdio` calls for each request (the runtime's `invokeCmdlet`). */
export type HostInvoke = (request: HostRequest) => Promise<HostResponse>;

/** An empty streams object, for building responses. */
export function emptyStreams(): HostStreams {
  return { verbose: [], debug: [], warning: [] };
}
