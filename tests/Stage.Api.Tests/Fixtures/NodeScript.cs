using System.Diagnostics;

namespace Stage.Api.Tests.Fixtures;

/// <summary>Runs a Node.js script of tests/conformance or another folder of tests/ (their packages installed by `./stage test`).</summary>
public static class NodeScript
{
    public static Task<string> RunAsync(string script, TimeSpan timeout, params string[] arguments) =>
        RunInAsync("conformance", script, timeout, arguments);

    public static async Task<string> RunInAsync(string testsFolder, string script, TimeSpan timeout, params string[] arguments)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", testsFolder);
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new InvalidOperationException($"Node packages missing in {folder}: run `./stage test` (or `npm ci --prefix tests/{testsFolder}`).");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; is Node.js installed?");
        using var cancel = new CancellationTokenSource(timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var errors = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout}.");
        }

        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await errors}");
    }
}
