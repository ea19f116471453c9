using System.Globalization;
using Stage.Api.Applications;
using Stage.Api.Kit.Relay;

namespace Stage.Bench;

/// <summary>
/// <c>./stage bench subscriptions</c> from start to end: prepare the applications, start the API (a
/// separate process), open one WebSocket subscriber per application, drive status changes at a fixed rate
/// through the HTTP mutations, wait for the last events, then report delivery latency, losses and the
/// API's memory. Fails (exit 1) when any event is lost or duplicated, or anything else went wrong.
/// </summary>
public static class SubscriptionBenchmark
{
    private const int SeedOffers = 200;
    private const int CloseConcurrency = 64;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(SubscriptionBenchOptions options, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var (loadAtStart, warnings) = await MachineProbe.StartAsync(cancellationToken);

        if (ManagedHeap.ToolPath is null)
        {
            Warn(warnings, "dotnet-gcdump is not installed (dotnet tool install -g dotnet-gcdump): the managed heap is not measured");
        }

        var database = await BenchDatabase.PrepareAsync(options.ConnectionString, SubscriptionBenchOptions.Database, SeedOffers, cancellationToken);
        var applications = await SubscriptionData.PrepareAsync(database, options.Subscribers, BenchIdentity.Issuer, cancellationToken);
        var identity = new BenchIdentity();
        var after = identity.EventCursorAt(await SubscriptionData.LastPositionAsync(database, cancellationToken));
        var (versions, postmaster) = await MachineProbe.ServerAsync(database, cancellationToken);

        var tokens = applications.Select(a => a.EmployerSubject).Distinct().ToDictionary(s => s, identity.Token);
        var log = new DeliveryLog(options.Changes, options.Subscribers);

        Log.Step($"starting the API on {SubscriptionBenchOptions.Database}");
        await using var api = await ApiHost.StartAsync(options.ApiAssembly, database, cancellationToken, identity.ApiEnvironment);
        Log.Step($"API ready at {api.Endpoint}");
        using var http = new GraphQLHttp(api.Endpoint, options.MaxInFlight);
        using var subscribers = new SubscriberPool(api.Endpoint, log);
        await Task.Delay(Settle, cancellationToken);
        var started = await MemoryPoint.TakeAsync(api.ProcessId, cancellationToken);

        Log.Step($"opening {options.Subscribers:N0} subscribers, {options.OpenConcurrency} at a time");
        var opening = await subscribers.OpenAsync(
            DeliveryLog.Subscription,
            [.. applications.Select(a => ((string?)identity.Token(a.PupilSubject), (object)new { id = GlobalId.Encode(ApplicationType.TypeName, a.Id), after }))],
            options.OpenConcurrency, cancellationToken);
        Log.Step(string.Create(CultureInfo.InvariantCulture, $"{opening.Opened:N0} open in {opening.Seconds:0.0} s, {opening.Failures} failed"));
        await Task.Delay(Settle, cancellationToken);
        var withSubscribers = await MemoryPoint.TakeAsync(api.ProcessId, cancellationToken);

        Log.Step(string.Create(CultureInfo.InvariantCulture,
            $"driving {options.Changes:N0} status changes at {options.Rate}/s on {log.Active:N0} applications (mark read, then accept)"));
        var cpu = new CpuAccounting([Environment.ProcessId, api.ProcessId], postmaster);
        var cpuBefore = cpu.Take();
        var driver = new ChangeDriver(http, log, options.Rate, options.MaxInFlight);
        await driver.RunAsync(applications, subject => tokens[subject], cancellationToken);
        var otherCpu = CpuAccounting.OtherShare(cpuBefore, cpu.Take());
        await WaitForEventsAsync(log, options.Grace, cancellationToken);
        var afterLoad = await MemoryPoint.TakeAsync(api.ProcessId, cancellationToken);
        var failedLater = subscribers.FailedLater;

        Log.Step("closing the subscribers");
        await subscribers.CloseAsync(CloseConcurrency, cancellationToken);
        await Task.Delay(Settle, cancellationToken);
        var afterClose = await MemoryPoint.TakeAsync(api.ProcessId, cancellationToken);
        var peakRss = ProcessMemory.Of(api.ProcessId).PeakRssBytes;

        var delivery = log.Result();
        if (driver.MaxSlipMs > 100)
        {
            Warn(warnings, string.Create(CultureInfo.InvariantCulture,
                $"the mutations fell behind schedule by up to {driver.MaxSlipMs:0} ms (achieved {driver.AchievedRate:0.#}/s of {options.Rate}/s)"));
        }

        if (otherCpu > 0.10)
        {
            Warn(warnings, string.Create(CultureInfo.InvariantCulture, $"other processes used {otherCpu:P0} of the CPUs during the changes"));
        }

        var report = new SubscriptionReport(
            SubscriptionBenchOptions.Benchmark, startedAt, DateTimeOffset.UtcNow, MachineProbe.Machine(loadAtStart), versions,
            new SubscriptionSettings(options.Subscribers, options.Rate, options.Duration.TotalSeconds, options.Changes, log.Active,
                options.OpenConcurrency, options.MaxInFlight, options.Grace.TotalSeconds, SubscriptionBenchOptions.Database),
            opening with { FailedLater = failedLater },
            delivery,
            new ScheduleResult(options.Rate, driver.AchievedRate, Math.Round(driver.MaxSlipMs, 1)),
            new MemoryResult(started, withSubscribers, afterLoad, afterClose, Math.Round(peakRss / (1024.0 * 1024), 1)),
            otherCpu,
            warnings);

        return await ResultsJson.ConcludeAsync(report, SubscriptionTable.Format(report), report.Passed,
            "FAILED: events were lost or repeated, or subscribers or mutations failed (see above).",
            report.Benchmark, report.StartedAt, options.OutputFolder, cancellationToken);
    }

    /// <summary>Waits until every expected event arrived, or the grace period is over.</summary>
    private static async Task WaitForEventsAsync(DeliveryLog log, TimeSpan grace, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + grace;
        while (log.Pending > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, cancellationToken);
        }

        if (log.Pending > 0)
        {
            Log.Warn($"{log.Pending} events still missing after the {grace.TotalSeconds:0} s grace period");
        }
    }

    private static void Warn(List<string> warnings, string warning)
    {
        warnings.Add(warning);
        Log.Warn(warning);
    }
}
