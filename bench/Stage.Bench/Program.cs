using Stage.Bench;

// `./stage bench search [options]`: see BenchOptions.Usage; `./stage bench subscriptions [options]`: SubscriptionBenchOptions.Usage.
var subscriptions = args.Length > 0 && args[0] == SubscriptionBenchOptions.Benchmark;
BenchOptions? options = null;
SubscriptionBenchOptions? subscriptionOptions = null;
try
{
    if (subscriptions)
    {
        subscriptionOptions = SubscriptionBenchOptions.Parse(args);
    }
    else
    {
        options = BenchOptions.Parse(args);
    }
}
catch (ArgumentException error)
{
    await Console.Error.WriteLineAsync($"bench: {error.Message}\n{(subscriptions ? SubscriptionBenchOptions.Usage : BenchOptions.Usage)}");
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C stops cleanly (the API process is ended on the way out); a second one kills.
    e.Cancel = !stop.IsCancellationRequested;
    Log.Warn("stopping");
    stop.Cancel();
};

try
{
    return subscriptionOptions is { OfferFeed: true } ? await OfferFeedBenchmark.RunAsync(subscriptionOptions, stop.Token)
        : subscriptionOptions is not null ? await SubscriptionBenchmark.RunAsync(subscriptionOptions, stop.Token)
        : options!.ExplainSets > 0 ? await ExplainPlans.RunAsync(options, stop.Token)
        : await SearchBenchmark.RunAsync(options, stop.Token);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Log.Fail("interrupted");
    return 130;
}
#pragma warning disable CA1031 // The last stop: say what failed, in one place, and exit non-zero.
catch (Exception error)
#pragma warning restore CA1031
{
    Log.Fail($"failed: {error}");
    return 1;
}
