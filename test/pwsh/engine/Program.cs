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
        try {
            foreach (var o in ps.Invoke()) Console.WriteLine(o?.ToString());
        } catch (Exception e) { Console.WriteLine("EXCEPTION: " + e); }
        foreach (var e in ps.Streams.Error) Console.WriteLine("ERROR: " + e + " | " + e.FullyQualifiedErrorId + " | " + e.CategoryInfo);
        foreach (var v in ps.Streams.Verbose) Console.WriteLine("VERBOSE: " + v);
        foreach (var v in ps.Streams.Warning) Console.WriteLine("WARNING: " + v);
        foreach (var v in ps.Streams.Information) Console.WriteLine("INFO: " + v);
        return 0;
    }
}
