using System.Diagnostics;

namespace Stage.Bench;

/// <summary>How hard and how long a measurement runs.</summary>
public sealed record LoadSettings(int Concurrency, TimeSpan Warmup, TimeSpan Duration, long MaxRequests);

/// <summary>
/// What a measurement saw: the latency of each successful request, the failures, the elapsed time, and
/// the share of the machine's CPUs that other processes used meanwhile, and the CPU milliseconds per request of the
/// API process, of PostgreSQL and of the load generator (this process, which shares the CPUs with both).
/// </summary>
public sealed record LoadSample(
    double[] LatenciesMs, long Failures, IReadOnlyList<string> FirstErrors, TimeSpan Elapsed, double OtherCpuShare,
    double ServerCpuMs = double.NaN, double DatabaseCpuMs = double.NaN, double GeneratorCpuMs = double.NaN);

/// <summary>
/// Runs one operation in a closed loop from <c>Concurrency</c> workers: a warm-up that is thrown away,
/// then a measurement bounded by the duration and by the request count. The operation receives the
/// request's sequence number (to pick its parameters) and returns null on success, else what went wrong.
/// </summary>
public static class LoadLoop
{
    private const int KeptErrors = 5;

    /// <summary>Warm-up requests use parameters from this far into the list, not the measured ones.</summary>
    public const long WarmupOffset = 1_000_003;

    public static async Task<LoadSample> RunAsync(
        LoadSettings settings, CpuAccounting cpu, Func<long, CancellationToken, Task<string?>> operation, CancellationToken cancellationToken)
    {
        if (settings.Warmup > TimeSpan.Zero)
        {
            _ = await PhaseAsync(settings with { Duration = settings.Warmup }, WarmupOffset, operation, cancellationToken);
        }

        var before = cpu.Take();
        var sample = await PhaseAsync(settings, 0, operation, cancellationToken);
        var after = cpu.Take();
        var requests = sample.LatenciesMs.Length + sample.Failures;
        return sample with
        {
            OtherCpuShare = CpuAccounting.OtherShare(before, after),
            ServerCpuMs = CpuAccounting.MsPerRequest(before.Server, after.Server, requests),
            DatabaseCpuMs = CpuAccounting.MsPerRequest(before.Database, after.Database, requests),
            GeneratorCpuMs = CpuAccounting.MsPerRequest(before.Generator, after.Generator, requests),
        };
    }

    /// <summary>
    /// Load that is not measured, spread evenly over <paramref name="operations"/> (one per case), after a server has
    /// started: see <see cref="BenchOptions.ServerWarmup"/>.
    /// </summary>
    public static async Task WarmUpAsync(
        string server, int concurrency, TimeSpan warmup, IReadOnlyList<Func<long, CancellationToken, Task<string?>>> operations, CancellationToken cancellationToken)
    {
        if (warmup <= TimeSpan.Zero || operations.Count == 0)
        {
            return;
        }

        Log.Step(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"warming {server} up for {warmup.TotalSeconds:0.#} s over its {operations.Count} case(s), unmeasured"));
        var each = new LoadSettings(concurrency, TimeSpan.Zero, warmup / operations.Count, long.MaxValue);
        foreach (var operation in operations)
        {
            _ = await PhaseAsync(each, WarmupOffset, operation, cancellationToken);
        }
    }

    private static async Task<LoadSample> PhaseAsync(
        LoadSettings settings, long firstIndex, Func<long, CancellationToken, Task<string?>> operation, CancellationToken cancellationToken)
    {
        var issued = -1L;
        var failures = 0L;
        var errors = new List<string>();
        var perWorker = (int)Math.Min(settings.MaxRequests / settings.Concurrency + 1, 1 << 20);
        var started = Stopwatch.GetTimestamp();

        async Task<List<double>> WorkerAsync()
        {
            var latencies = new List<double>(perWorker);
            while (!cancellationToken.IsCancellationRequested && Stopwatch.GetElapsedTime(started) < settings.Duration)
            {
                var index = Interlocked.Increment(ref issued);
                if (index >= settings.MaxRequests)
                {
                    break;
                }

                var before = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    error = await operation(firstIndex + index, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
#pragma warning disable CA1031 // Any failure of a request is counted and reported, never fatal to the run.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    error = $"{exception.GetType().Name}: {exception.Message}";
                }

                var elapsed = Stopwatch.GetElapsedTime(before).TotalMilliseconds;
                if (error is null)
                {
                    latencies.Add(elapsed);
                    continue;
                }

                Interlocked.Increment(ref failures);
                lock (errors)
                {
                    if (errors.Count < KeptErrors)
                    {
                        errors.Add(error);
                    }
                }
            }

            return latencies;
        }

        var workers = Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(WorkerAsync, CancellationToken.None)).ToArray();
        var results = await Task.WhenAll(workers);
        var elapsedTotal = Stopwatch.GetElapsedTime(started);
        cancellationToken.ThrowIfCancellationRequested();

        var all = new double[results.Sum(r => r.Count)];
        var offset = 0;
        foreach (var result in results)
        {
            result.CopyTo(all, offset);
            offset += result.Count;
        }

        Array.Sort(all);
        return new LoadSample(all, failures, errors, elapsedTotal, double.NaN);
    }
}
