using System.Diagnostics;

namespace Stage.Api.Tests.Fixtures;

/// <summary>Runs a Node.js script of tests/conformance or another folder of tests/ (their packages installed by `./stage test`).</summary>
public static class NodeScript
{
    public static Task<string> RunAsync(string script, TimeSpan timeout, params string[] arguments) =>
        RunInAsync("conformance", script, timeout, arguments);

    public static Task<string> RunInAsync(string testsFolder, string script, TimeSpan timeout, params string[] arguments) =>
        StartAsync(testsFolder, [script, .. arguments], new Dictionary<string, string>(), timeout, script);

    /// <summary>
    /// Runs <paramref name="module"/>, the text of an ES module, in <paramref name="testsFolder"/> (whose packages it
    /// imports) with these environment variables, and returns what it printed.
    /// </summary>
    public static Task<string> EvaluateInAsync(string testsFolder, string module, IReadOnlyDictionary<string, string> environment, TimeSpan timeout) =>
        StartAsync(testsFolder, ["--input-type=module", "--eval", module], environment, timeout, "(module)");

    private static async Task<string> StartAsync(
        string testsFolder, string[] arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string what)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", testsFolder);
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new InvalidOperationException($"Node packages missing in {folder}: run `./stage test` (or `npm ci --prefix tests/{testsFolder}`).");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
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
            throw new TimeoutException($"node {what} did not finish within {timeout}.");
        }

        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"node {what} exited with {process.ExitCode}: {await errors}");
    }
}
