using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;

namespace Stage.Bench;

/// <summary>
/// <c>./stage bench subscriptions --offers</c>: N WebSocket subscribers of <c>offersPublished</c>, each signed in as its own
/// pupil with its own random radius (and sometimes sectors, words or a grade); M offers published per second by SQL, each
/// in its own transaction, around random French cities. Afterwards every subscriber's arguments are asked of
/// <c>offers(...)</c> as that pupil: what it must have received among the offers published. Reports delivery latency from
/// each offer's commit, lost, duplicated and unexpected deliveries, and the CPU the API and the database took per offer.
/// </summary>
public static class OfferFeedBenchmark
{
    private const int SeedOffers = 200;
    private const int Seed = 20261211;
    private const int PublishersInFlight = 8;
    private const int ExpectationConcurrency = 8;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    private const string Subscription = """
        subscription ($where: OfferFilterInput, $near: NearInput, $search: String) {
          offersPublished(where: $where, near: $near, search: $search) { kind offerId }
        }
        """;

    private const string Search = """
        query ($where: OfferFilterInput, $near: NearInput, $search: String, $after: String) {
          offers(first: 100, after: $after, where: $where, near: $near, search: $search) { pageInfo { hasNextPage endCursor } nodes { id } }
        }
        """;

    private static readonly (double Latitude, double Longitude)[] Cities =
    [
        (48.8566, 2.3522), (43.2965, 5.3698), (45.764, 4.8357), (43.6047, 1.4442), (43.7102, 7.262), (47.2184, -1.5536),
        (48.5734, 7.7521), (43.6109, 3.8772), (44.8378, -0.5792), (50.6292, 3.0573), (48.1173, -1.6778), (49.2583, 4.0317),
        (47.322, 5.0415), (45.1885, 5.7245), (45.7772, 3.087), (47.3941, 0.6848), (45.8336, 1.2611), (49.4432, 1.0999),
        (48.3904, -4.4861), (49.1193, 6.1757),
    ];

    private static readonly string[] Words = ["boulangerie", "informatique", "jardinage", "menuiserie", "musique", "pharmacie", "logistique", "hotellerie"];

    public static async Task<int> RunAsync(SubscriptionBenchOptions options, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var (loadAtStart, warnings) = await MachineProbe.StartAsync(cancellationToken);

        var database = await BenchDatabase.PrepareAsync(options.ConnectionString, SubscriptionBenchOptions.Database, SeedOffers, cancellationToken);
        var pupils = (await SubscriptionData.PrepareAsync(database, options.Subscribers, BenchIdentity.Issuer, cancellationToken))
            .Select(a => a.PupilSubject).ToList();
        var identity = new BenchIdentity();
        var (versions, postmaster) = await MachineProbe.ServerAsync(database, cancellationToken);

        var random = new Random(Seed);
        var filters = pupils.Select(_ => DrawFilter(random)).ToList();
        var tokens = pupils.Select(identity.Token).ToList();
        var log = new FeedDeliveryLog(options.Subscribers);

        Log.Step($"starting the API on {SubscriptionBenchOptions.Database}");
        await using var api = await ApiHost.StartAsync(options.ApiAssembly, database, cancellationToken, identity.ApiEnvironment);
        using var http = new GraphQLHttp(api.Endpoint, ExpectationConcurrency);
        using var subscribers = new SubscriberPool(api.Endpoint, log);
        await Task.Delay(Settle, cancellationToken);

        Log.Step($"opening {options.Subscribers:N0} offersPublished subscribers (own random radius each), {options.OpenConcurrency} at a time");
        var opening = await subscribers.OpenAsync(Subscription,
            [.. filters.Select((f, i) => ((string?)tokens[i], (object)f))], options.OpenConcurrency, cancellationToken);
        Log.Step(string.Create(CultureInfo.InvariantCulture, $"{opening.Opened:N0} open in {opening.Seconds:0.0} s, {opening.Failures} failed"));
        await Task.Delay(Settle, cancellationToken);

        Log.Step($"publishing {options.Changes:N0} offers at {options.Rate}/s");
        var cpu = new CpuAccounting([Environment.ProcessId, api.ProcessId], postmaster, api.ProcessId, SubscriptionBenchOptions.Database);
        var cpuBefore = cpu.Take();
        var publisher = new OfferPublisher(database, options.Rate, options.Changes);
        var publishedAt = await publisher.RunAsync(random, cancellationToken);
        var expectedPairs = await WaitForQuietAsync(log, options.Grace, cancellationToken);
        var cpuAfter = cpu.Take();
        var otherCpu = CpuAccounting.OtherShare(cpuBefore, cpuAfter);
        var failedLater = subscribers.FailedLater;

        Log.Step("asking offers(...) what each subscriber should have received");
        var expected = await ExpectedAsync(http, filters, tokens, publishedAt, publisher.Since, cancellationToken);
        Log.Step("closing the subscribers");
        await subscribers.CloseAsync(64, cancellationToken);
        await publisher.DeleteAsync(cancellationToken);

        var delivery = log.Result(expected, publishedAt);
        var report = new OfferFeedReport(
            "subscriptions-offers", startedAt, DateTimeOffset.UtcNow, MachineProbe.Machine(loadAtStart), versions,
            options.Subscribers, options.Rate, options.Duration.TotalSeconds, publishedAt.Count, publisher.Failures,
            Math.Round(publisher.AchievedRate, 1), Math.Round(publisher.MaxSlipMs, 1),
            opening with { FailedLater = failedLater }, delivery,
            CpuAccounting.MsPerRequest(cpuBefore.Server, cpuAfter.Server, publishedAt.Count),
            CpuAccounting.MsPerRequest(cpuBefore.Database, cpuAfter.Database, publishedAt.Count),
            otherCpu, expectedPairs, warnings);
        if (otherCpu > 0.10)
        {
            report.Warnings.Add(string.Create(CultureInfo.InvariantCulture, $"other processes used {otherCpu:P0} of the CPUs during the publications"));
        }

        return await ResultsJson.ConcludeAsync(report, report.Format(), report.Passed,
            "FAILED: deliveries were lost, repeated or unexpected, or subscribers or publications failed (see above).",
            report.Benchmark, report.StartedAt, options.OutputFolder, cancellationToken);
    }

    /// <summary>A subscriber's own arguments: always a radius, sometimes sectors, a word or a grade too.</summary>
    private static JsonObject DrawFilter(Random random)
    {
        var (latitude, longitude) = Cities[random.Next(Cities.Length)];
        var variables = new JsonObject
        {
            ["near"] = new JsonObject
            {
                ["latitude"] = Math.Round(latitude + (random.NextDouble() - 0.5) * 2, 5),
                ["longitude"] = Math.Round(longitude + (random.NextDouble() - 0.5) * 2, 5),
                ["radiusKm"] = random.Next(5, 61),
            },
        };
        var where = new JsonObject();
        if (random.Next(10) < 3)
        {
            where["sectorCode"] = new JsonObject { ["in"] = new JsonArray([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => JsonValue.Create($"s{random.Next(1, 52)}"))]) };
        }

        if (random.Next(10) == 0)
        {
            where["grades"] = new JsonObject { ["some"] = new JsonObject { ["eq"] = "TROISIEME" } };
        }

        variables["where"] = where;
        if (random.Next(10) == 0)
        {
            variables["search"] = Words[random.Next(Words.Length)][..5];
        }

        return variables;
    }

    /// <summary>Waits until no delivery came for a second (or the grace period ends); returns the deliveries counted.</summary>
    private static async Task<long> WaitForQuietAsync(FeedDeliveryLog log, TimeSpan grace, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + grace;
        var last = -1L;
        while (DateTime.UtcNow < deadline && log.Count != last)
        {
            last = log.Count;
            await Task.Delay(1000, cancellationToken);
        }

        return log.Count;
    }

    /// <summary>For each subscriber, the offers of the run that <c>offers(...)</c> with its arguments returns to its pupil.</summary>
    private static async Task<HashSet<long>[]> ExpectedAsync(
        GraphQLHttp http, List<JsonObject> filters, List<string> tokens, IReadOnlyDictionary<long, long> published, DateTimeOffset since,
        CancellationToken cancellationToken)
    {
        var expected = new HashSet<long>[filters.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, filters.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ExpectationConcurrency, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var found = new HashSet<long>();
                string? after = null;
                while (true)
                {
                    var variables = filters[i].DeepClone().AsObject();
                    // Only this run's offers: the same arguments, and created since the run began.
                    var createdSince = new JsonObject { ["createdAt"] = new JsonObject { ["gte"] = since.ToString("O", CultureInfo.InvariantCulture) } };
                    variables["where"] = new JsonObject { ["and"] = new JsonArray(variables["where"]!.DeepClone(), createdSince) };
                    variables["after"] = after;
                    var body = JsonSerializer.SerializeToUtf8Bytes(new { query = Search, variables });
                    var page = (await http.QueryAsync(body, ct, tokens[i])).GetProperty("offers");
                    foreach (var node in page.GetProperty("nodes").EnumerateArray())
                    {
                        var id = OfferId(node.GetProperty("id").GetString()!);
                        if (published.ContainsKey(id))
                        {
                            found.Add(id);
                        }
                    }

                    if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
                    {
                        break;
                    }

                    after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
                }

                expected[i] = found;
            });
        return expected;
    }

    public static long OfferId(string globalId) => GlobalId.Parse(globalId, OfferType.TypeName);

    /// <summary>
    /// Publishes offers on an open-loop schedule (offer k due at k/M s, at most a few awaiting their commit), each a copy of a
    /// seeded offer (grades, weeks, employer) moved near a random city, with a random sector and title; remembers when each
    /// commit returned.
    /// </summary>
    private sealed class OfferPublisher(string connectionString, int rate, int count)
    {
        private const string Insert = """
            INSERT INTO offers (title, description, sector_id, employer_id, grades, weeks, seats, seats_taken, status,
                                street, postal_code, city, country_code, latitude, longitude)
            SELECT $1, t.description, $2, t.employer_id, t.grades, t.weeks, 5, 0, 'published',
                   t.street, t.postal_code, t.city, t.country_code, $3, $4
            FROM offers t WHERE t.id = $5
            RETURNING id
            """;

        /// <summary>Marks the benchmark's offers, deleted after the run so that the database keeps its seeded ones only.</summary>
        private const string TitlePrefix = "Banc d'essai : ";

        private readonly ConcurrentDictionary<long, long> _committed = new();
        private int _failures;

        public int Failures => _failures;

        public double AchievedRate { get; private set; }

        public double MaxSlipMs { get; private set; }

        public DateTimeOffset Since { get; private set; }

        public async Task DeleteAsync(CancellationToken cancellationToken)
        {
            await using var dataSource = StageDataSource.Create(connectionString);
            await using var command = dataSource.CreateCommand("DELETE FROM offers WHERE starts_with(title, $1)");
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = TitlePrefix });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        /// <summary>Every offer published: its id and the Stopwatch timestamp its commit returned at.</summary>
        public async Task<IReadOnlyDictionary<long, long>> RunAsync(Random random, CancellationToken cancellationToken)
        {
            await using var dataSource = StageDataSource.Create(connectionString);
            long[] templates;
            await using (var command = dataSource.CreateCommand("SELECT id FROM offers WHERE cardinality(reserved_school_ids) = 0 ORDER BY id LIMIT 200"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                var ids = new List<long>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetInt64(0));
                }

                templates = [.. ids];
            }

            var plans = Enumerable.Range(0, count).Select(_ =>
            {
                var (latitude, longitude) = Cities[random.Next(Cities.Length)];
                return (Title: $"{TitlePrefix}stage {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}", Sector: random.Next(1, 52),
                    Latitude: latitude + (random.NextDouble() - 0.5) * 2, Longitude: longitude + (random.NextDouble() - 0.5) * 2,
                    Template: templates[random.Next(templates.Length)]);
            }).ToList();

            Since = DateTimeOffset.UtcNow.AddSeconds(-5);
            using var slots = new SemaphoreSlim(PublishersInFlight);
            var start = Stopwatch.GetTimestamp();
            var tasks = new List<Task>();
            for (var k = 0; k < count; k++)
            {
                var due = TimeSpan.FromSeconds((double)k / rate) - Stopwatch.GetElapsedTime(start);
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, cancellationToken);
                }

                await slots.WaitAsync(cancellationToken);
                MaxSlipMs = Math.Max(MaxSlipMs, -due.TotalMilliseconds);
                var plan = plans[k];
                tasks.Add(Task.Run(async () =>
                {
                    try
                    {
                        await using var command = dataSource.CreateCommand(Insert);
                        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = plan.Title });
                        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = plan.Sector });
                        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = plan.Latitude });
                        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = plan.Longitude });
                        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = plan.Template });
                        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
                        _committed[id] = Stopwatch.GetTimestamp();
                    }
                    catch (NpgsqlException error)
                    {
                        Interlocked.Increment(ref _failures);
                        Log.Warn($"publication failed: {error.Message}");
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, cancellationToken));
            }

            await Task.WhenAll(tasks);
            AchievedRate = count / Stopwatch.GetElapsedTime(start).TotalSeconds;
            return _committed;
        }
    }
}
