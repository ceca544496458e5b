// The one body every generated cmdlet class shares: ShouldProcess in pwsh, then one request to the host.
namespace Pcsh.PowerShell
{
    using System;
    using System.Collections;
    using System.Collections.Generic;
    using System.Collections.Specialized;
    using System.Management.Automation;
    using System.Text.RegularExpressions;
    using System.Threading;

    /// <summary>What a generated class tells the shared body about its cmdlet (from the registry).</summary>
    public sealed class CommandSpec
    {
        public CommandSpec(string name, bool supportsShouldProcess, string shouldProcessTarget, string outputType, IDictionary<string, string> defaults)
        {
            Name = name;
            SupportsShouldProcess = supportsShouldProcess;
            ShouldProcessTarget = shouldProcessTarget;
            OutputType = outputType;
            Defaults = defaults;
        }

        public string Name { get; private set; }
        public bool SupportsShouldProcess { get; private set; }
        /// <summary>The original module's ShouldProcess text, e.g. "Checks out the cart with the identifier of {CartId}."</summary>
        public string ShouldProcessTarget { get; private set; }
        /// <summary>Full name of the declared OutputType; output is re-typed as it.</summary>
        public string OutputType { get; private set; }
        public IDictionary<string, string> Defaults { get; private set; }
    }

    public abstract class PcshCmdlet : PSCmdlet
    {
        static long lastRequestId;

        protected abstract CommandSpec Spec { get; }

        protected override void ProcessRecord()
        {
            var spec = Spec;
            // pwsh decides, as for any compiled cmdlet: -WhatIf, -Confirm, $WhatIfPreference and
            // $ConfirmPreference, from the caller's scope. The host is told not to ask again.
            if (spec.SupportsShouldProcess && !ShouldProcess(Target(spec))) { return; }
            WriteReply(Call(spec), spec);
        }

        protected override void StopProcessing() { HostConnection.Stop(); }

        string Target(CommandSpec spec)
        {
            if (spec.ShouldProcessTarget == null) { return spec.Name; }
            var bound = MyInvocation.BoundParameters;
            return Regex.Replace(spec.ShouldProcessTarget, @"\{(\w+)\}", match =>
            {
                var name = match.Groups[1].Value;
                object value;
                string fallback;
                if (bound.TryGetValue(name, out value)) { return LanguagePrimitives.ConvertTo<string>(value); }
                return spec.Defaults.TryGetValue(name, out fallback) ? fallback : string.Empty;
            });
        }

        HostReply Call(CommandSpec spec)
        {
            var request = new OrderedDictionary
            {
                { "id", Interlocked.Increment(ref lastRequestId) },
                { "command", spec.Name },
                { "parameterSet", ParameterSetName },
                { "parameters", WireParameters() },
                // Every message is asked for: WriteVerbose/WriteDebug/WriteWarning/WriteError below
                // apply the caller's preferences and -Verbose/-ErrorAction/... exactly as pwsh does.
                { "common", new OrderedDictionary { { "Verbose", true }, { "Debug", true }, { "ErrorAction", "Continue" }, { "WarningAction", "Continue" } } },
                { "shouldProcessDone", spec.SupportsShouldProcess },
            };
            try
            {
                return WireReader.ParseResponse(HostConnection.Send(WireJson.Serialize(request)));
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                if (Stopping) { throw new PipelineStoppedException(); }
                ThrowTerminatingError(new ErrorRecord(e, "PcshHostUnavailable", ErrorCategory.ResourceUnavailable, spec.Name));
                throw;
            }
        }

        /// <summary>The bound parameters by declared name, without the common and ShouldProcess ones.</summary>
        OrderedDictionary WireParameters()
        {
            var parameters = new OrderedDictionary();
            foreach (var entry in MyInvocation.BoundParameters)
            {
                if (CommonParameters.Contains(entry.Key) || OptionalCommonParameters.Contains(entry.Key)) { continue; }
                parameters[entry.Key] = entry.Value;
            }
            return parameters;
        }

        void WriteReply(HostReply reply, CommandSpec spec)
        {
            foreach (var text in reply.Verbose) { WriteVerbose(text); }
            foreach (var text in reply.Debug) { WriteDebug(text); }
            // Objects before warnings, as the cmdlets write them: with -WarningAction Stop the cart
            // is still emitted before the warning stops the command.
            foreach (var item in reply.Output) { WriteObject(WireReader.ConvertOutput(item, spec.OutputType)); }
            foreach (var text in reply.Warning) { WriteWarning(text); }
            var last = reply.Errors.Length - 1;
            for (var i = 0; i <= last; i++)
            {
                // A binding error (exit code 2) ends the command, as pwsh's own binder would.
                if (reply.Terminating[i] || reply.ExitCode == 2 && i == last) { ThrowTerminatingError(reply.Errors[i]); }
                WriteError(reply.Errors[i]);
            }
        }
    }
}
