using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Program
{
    static int Main(string[] args)
    {
        var iss = InitialSessionState.CreateDefault2();
        using var rs = RunspaceFactory.CreateRunspace(iss);
        rs.Open();
        using var ps = PowerShell.Create();
        ps.Runspace = rs;
        ps.AddScript(System.IO.File.ReadAllText(args[0]));
        // Print output as it is written, so a script that fails part-way still shows what ran.
        var output = new PSDataCollection<PSObject>();
        output.DataAdded += (sender, e) => Console.WriteLine(output[e.Index]?.ToString());
        var exitCode = 0;
        try {
            ps.Invoke<PSObject, PSObject>(null, output, new PSInvocationSettings());
        } catch (Exception e) { Console.WriteLine("EXCEPTION: " + e); exitCode = 1; }
        foreach (var e in ps.Streams.Error) Console.WriteLine("ERROR: " + e + " | " + e.FullyQualifiedErrorId + " | " + e.CategoryInfo);
        foreach (var v in ps.Streams.Verbose) Console.WriteLine("VERBOSE: " + v);
        foreach (var v in ps.Streams.Warning) Console.WriteLine("WARNING: " + v);
        foreach (var v in ps.Streams.Information) Console.WriteLine("INFO: " + v);
        return exitCode;
    }
}
