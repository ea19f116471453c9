using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Stage.Bench;

/// <summary>
/// The built API running as a separate process on a free loopback port, against one database. Disposing
/// it (also after a failure or Ctrl-C) ends the process and its children.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    private const int KeptLogLines = 200;

    /// <summary>
    /// The benchmark is one caller sending far more than a real client may: its API raises every per-caller
    /// allowance so that rate limiting never refuses the traffic being measured (everything else is as configured).
    /// </summary>
    private const string BenchPointsPerMinute = "2000000000";

    private static readonly Dictionary<string, string> UnthrottledCallers = new()
    {
        ["Stage__RateLimits__AnonymousPointsPerMinute"] = BenchPointsPerMinute,
        ["Stage__RateLimits__AccountPointsPerMinute"] = BenchPointsPerMinute,
        ["Stage__RateLimits__KeyPointsPerMinute"] = BenchPointsPerMinute,
    };

    /// <summary>
    /// One cursor key for every API this run starts, as a deployment has: the cursors of case (d), walked once through the
    /// first API, stay valid for the API of the next round.
    /// </summary>
    private static readonly KeyValuePair<string, string> RunCursorKey =
        new("Stage__Cursors__SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan IndexLoadTimeout = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly Queue<string> _log = new();

    private readonly string _name;

    private ApiHost(Process process, Uri endpoint, string name)
    {
        _process = process;
        _name = name;
        Endpoint = endpoint;
    }

    public int ProcessId => _process.Id;

    /// <summary>The GraphQL endpoint, http://127.0.0.1:port/graphql.</summary>
    public Uri Endpoint { get; }

    /// <summary>Starts the API; <paramref name="environment"/> adds configuration (e.g. Stage__Auth__...).</summary>
    public static async Task<ApiHost> StartAsync(
        string apiAssembly, string connectionString, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!File.Exists(apiAssembly))
        {
            throw new FileNotFoundException($"The API is not built: {apiAssembly} is missing (dotnet build -c Release).", apiAssembly);
        }

        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the working folder: the binary's folder holds appsettings.json.
            WorkingDirectory = Path.GetDirectoryName(apiAssembly)!,
        };
        start.ArgumentList.Add(apiAssembly);
        start.Environment["ConnectionStrings__Stage"] = connectionString;
        start.Environment[RunCursorKey.Key] = RunCursorKey.Value;
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in UnthrottledCallers.Concat(environment ?? new Dictionary<string, string>()))
        {
            start.Environment[name] = value;
        }

        Log.Step($"the API's rate limits are raised to {BenchPointsPerMinute} points per minute per caller for the benchmark's own traffic");
        var host = await LaunchAsync(start, new Uri(baseUrl + "/graphql"), "the API", cancellationToken);
        try
        {
            await host.WaitUntilHealthyAsync(new Uri(baseUrl + "/health/ready"), cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>
    /// Waits until readiness says "Healthy", not "Degraded": the full-text index in memory has loaded (about 20 s for a
    /// million offers), so that no measurement catches searches still answered by PostgreSQL meanwhile.
    /// </summary>
    private async Task WaitUntilHealthyAsync(Uri readiness, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        string? status = null;
        while (stopwatch.Elapsed < IndexLoadTimeout)
        {
            status = await client.GetStringAsync(readiness, cancellationToken);
            if (status == "Healthy")
            {
                Log.Step($"the API is ready and its full-text index loaded, {stopwatch.Elapsed.TotalSeconds:F1} s after it answered");
                return;
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"{_name} still reports '{status}' at {readiness} after {IndexLoadTimeout.TotalSeconds:F0} s:\n{RecentLog()}");
    }

    /// <summary>
    /// Starts a GraphQL server's process (its output redirected) and waits until <paramref name="endpoint"/> answers
    /// <c>{ __typename }</c>; <paramref name="name"/> says which server in errors.
    /// </summary>
    internal static async Task<ApiHost> LaunchAsync(ProcessStartInfo start, Uri endpoint, string name, CancellationToken cancellationToken)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}'s process.");
        var host = new ApiHost(process, endpoint, name);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync(cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>The API's last lines of output, to explain a failure.</summary>
    public string RecentLog()
    {
        lock (_log)
        {
            return string.Join('\n', _log);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (Exception error) when (error is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            Log.Warn($"could not stop {_name}'s process {_process.Id}: {error.Message}");
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Enqueue(line);
            if (_log.Count > KeptLogLines)
            {
                _log.Dequeue();
            }
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_name} exited with code {_process.ExitCode} while starting:\n{RecentLog()}");
            }

            try
            {
                using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(Endpoint, content, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but not answering yet.
            }

            if (stopwatch.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"{_name} did not answer at {Endpoint} within {StartTimeout.TotalSeconds:F0} s:\n{RecentLog()}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
