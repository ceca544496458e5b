// The one `pcsh host --stdio` process a pwsh process talks to, one request at a time. It is started at
// import, so node's start-up overlaps the rest of the import and the first call's binding; the first
// call still gets a host that sees the environment as it is then (a changed one means a fresh host).
namespace Pcsh.PowerShell
{
    using System;
    using System.Collections.Generic;
    using System.Diagnostics;
    using System.IO;
    using System.Management.Automation;
    using System.Runtime.InteropServices;
    using System.Text;

    public static class HostConnection
    {
        // Process-wide on purpose: every runspace of this pwsh shares the one host, and Remove-Module
        // (ModuleCleanup) or pwsh's exit (the host reads EOF) ends it. Gate serialises requests.
        static readonly object Gate = new object();
        static volatile Process current;
        static string moduleRoot = string.Empty;
        // The environment the current host was started with, until it has answered once (then null).
        static string unusedHostEnvironment;

        /// <summary>Called by the .psm1 at import: where to look for dist/bin/pcsh.js beside the module; starts the host early.</summary>
        public static void Configure(string root)
        {
            moduleRoot = root ?? string.Empty;
            lock (Gate)
            {
                if (current != null) { return; }
                // No host yet (no pcsh, no node): the first call tries again and reports why.
                try { current = Start(); } catch (Exception) { current = null; }
            }
        }

        /// <summary>Sends one request line and returns the answer line; starts (or restarts) the host as needed.</summary>
        public static string Send(string json)
        {
            lock (Gate)
            {
                for (var attempt = 1; ; attempt++)
                {
                    var process = current;
                    if (process != null && !process.HasExited && unusedHostEnvironment != null && unusedHostEnvironment != EnvironmentText())
                    {
                        // Started at import, and $env: changed since: the call must see today's variables.
                        Discard(process);
                        process = current = null;
                    }
                    if (process == null || process.HasExited) { Stop(); process = current = Start(); }
                    try
                    {
                        process.StandardInput.WriteLine(json);
                    }
                    catch (IOException)
                    {
                        // The host died before reading the request: start a new one and send it again.
                        Stop();
                        if (attempt == 2) { throw; }
                        continue;
                    }
                    var line = process.StandardOutput.ReadLine();
                    if (line == null)
                    {
                        Stop();
                        throw new InvalidOperationException("pcsh host --stdio exited before it answered.");
                    }
                    unusedHostEnvironment = null;
                    return line;
                }
            }
        }

        /// <summary>Ends the host (Ctrl+C, Remove-Module). Safe from any thread: a blocked Send then reads EOF.</summary>
        public static void Stop()
        {
            var process = current;
            current = null;
            if (process == null) { return; }
            try
            {
                if (!process.HasExited)
                {
                    process.StandardInput.Close();
                    if (!process.WaitForExit(2000)) { process.Kill(); }
                }
            }
            catch (Exception)
            {
                // The host is gone either way.
                try { process.Kill(); } catch (Exception) { }
            }
            finally
            {
                process.Dispose();
            }
        }

        /// <summary>Ends a host that was never sent a request: it holds nothing, so no need to wait for it.</summary>
        static void Discard(Process process)
        {
            try { process.Kill(); } catch (Exception) { }
            process.Dispose();
        }

        /// <summary>The process environment as one comparable text (names sorted, case as the OS keeps it).</summary>
        static string EnvironmentText()
        {
            var variables = Environment.GetEnvironmentVariables();
            var names = new List<string>(variables.Count);
            foreach (var name in variables.Keys) { names.Add((string)name); }
            names.Sort(StringComparer.Ordinal);
            var text = new StringBuilder();
            foreach (var name in names) { text.Append(name).Append('=').Append(variables[name]).Append('\0'); }
            return text.ToString();
        }

        static Process Start()
        {
            var command = ResolveCommand();
            var info = new ProcessStartInfo(command[0])
            {
                UseShellExecute = false,
                CreateNoWindow = true,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = new UTF8Encoding(false),
            };
            for (var i = 1; i < command.Count; i++) { info.ArgumentList.Add(command[i]); }
            info.ArgumentList.Add("host");
            info.ArgumentList.Add("--stdio");
            unusedHostEnvironment = EnvironmentText();
            var process = Process.Start(info);
            process.StandardInput.NewLine = "\n";
            process.StandardInput.AutoFlush = true;
            return process;
        }

        /// <summary>PCSH_COMMAND, else the pcsh.js this module was built beside, else pcsh on PATH; a .js runs under node.</summary>
        static List<string> ResolveCommand()
        {
            var path = Environment.GetEnvironmentVariable("PCSH_COMMAND");
            if (string.IsNullOrEmpty(path))
            {
                var beside = Path.GetFullPath(Path.Combine(moduleRoot, "..", "..", "bin", "pcsh.js"));
                path = moduleRoot.Length > 0 && File.Exists(beside) ? beside : FindOnPath("pcsh");
            }
            if (string.IsNullOrEmpty(path))
            {
                throw new FileNotFoundException("pcsh was not found: install it (npm install --global pcsh), put it on PATH, or set PCSH_COMMAND to its path.");
            }
            var ext = Path.GetExtension(path).ToLowerInvariant();
            if (ext == ".js" || ext == ".cjs" || ext == ".mjs") { return new List<string> { FindOnPath("node") ?? "node", path }; }
            return new List<string> { path };
        }

        static string FindOnPath(string name)
        {
            // Not OperatingSystem.IsWindows (.NET 5+): the prebuilt assembly targets .NET Core 3.1, so every pwsh 7.x loads it.
            var names = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? new[] { name + ".exe", name + ".cmd" } : new[] { name };
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                if (folder.Length == 0) { continue; }
                foreach (var candidate in names)
                {
                    var full = Path.Combine(folder, candidate);
                    if (File.Exists(full)) { return full; }
                }
            }
            return null;
        }
    }

    /// <summary>Remove-Module PartnerCenter stops the host (IModuleAssemblyCleanup runs when the module is removed).</summary>
    public sealed class ModuleCleanup : IModuleAssemblyCleanup
    {
        public void OnRemove(PSModuleInfo psModuleInfo) { HostConnection.Stop(); }
    }
}
