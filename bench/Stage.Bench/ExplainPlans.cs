using System.Globalization;
using System.Text;
using Stage.Api.Offers.Search;

namespace Stage.Bench;

/// <summary>
/// <c>./stage bench search --explain N</c>: instead of measuring, prints EXPLAIN (ANALYZE, BUFFERS) of the
/// floor statements of the first N parameter sets of each case, with their parameter values, to see
/// where a case's time goes, then the plan PostgreSQL runs once the statement is prepared, as the API's connections
/// prepare it (Npgsql's automatic preparation): after five executions it may switch to a generic plan, made without
/// the parameters' values. Runs on the databases the benchmark prepares.
/// </summary>
public static class ExplainPlans
{
    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var large = await BenchDatabase.PrepareAsync(options.ConnectionString, options.LargeDatabase, options.LargeOffers, cancellationToken);
        var small = options.Runs("a-10k")
            ? await BenchDatabase.PrepareAsync(options.ConnectionString, options.SmallDatabase, options.SmallOffers, cancellationToken)
            : large;
        await using var largeFloor = new SqlFloor(large, 1);
        await using var smallFloor = new SqlFloor(small, 1);

        var draws = SearchCases.Draws();
        var ids = await SearchCases.ByIdAsync(largeFloor, options.LargeDatabase, options.LargeOffers, cancellationToken);
        var walk = CursorWalk.For(options.LargeOffers);
        var deepFilters = options.Runs("d") ? await walk.ChooseAsync(largeFloor, new Random(SearchDraws.Seed + 4), cancellationToken) : [];
        var words = SearchDraws.DrawWords(new Random(SearchDraws.Seed + 5), options.ExplainSets);
        const int limit = SearchRequests.PageSize + 1;

        for (var i = 0; i < options.ExplainSets; i++)
        {
            var radius = OfferSearchSql.Page(SearchRequests.Radius(draws[i]), null, SearchCases.NearestLimit);
            var text = SearchRequests.FullText(words[i]);
            var plans = new List<(string Key, SqlFloor Floor, string Title, OfferStatement Statement, bool NearestNeighbour)>
            {
                ("a", largeFloor, $"(a) {draws[i]}", radius, true),
                ("a-10k", smallFloor, $"(a-10k) {draws[i]}", radius, true),
                ("b", largeFloor, $"(b) {draws[i]}", OfferSearchSql.Page(SearchRequests.ByStartDate(draws[i]), null, limit), false),
                ("c", largeFloor, "(c)", ids.StatementsFor(i)[0], false),
                ("e", largeFloor, $"(e) page, total and facets '{words[i]}'", OfferSearchSql.PageAndFacets(text, limit), false),
                ("e", largeFloor, $"(e) page alone '{words[i]}'", OfferSearchSql.Page(text, null, limit), false),
                ("e", largeFloor, $"(e) count alone '{words[i]}'", OfferSearchSql.Count(text), false),
                ("e", largeFloor, $"(e) facets alone '{words[i]}'", OfferSearchSql.Facets(text), false),
            };
            if (i < deepFilters.Count)
            {
                plans.Add(("d", largeFloor, $"(d) {deepFilters[i]}", await walk.SqlPageAsync(largeFloor, deepFilters[i], cancellationToken), false));
            }

            foreach (var (_, floor, title, statement, nearestNeighbour) in plans.Where(p => options.Runs(p.Key)))
            {
                await PrintAsync(floor, title, statement, cancellationToken, nearestNeighbour);
            }
        }

        return 0;
    }

    private static async Task PrintAsync(
        SqlFloor floor, string title, OfferStatement statement, CancellationToken cancellationToken, bool nearestNeighbour = false)
    {
        var plan = await floor.ReadAsync(
            statement with { Sql = "EXPLAIN (ANALYZE, BUFFERS) " + statement.Sql }, r => r.GetString(0), cancellationToken, nearestNeighbour);
        var text = new StringBuilder();
        text.AppendLine("==== " + title);
        text.AppendLine(statement.Sql);
        text.AppendLine("-- " + string.Join(", ", statement.Parameters.All.Select((p, n) =>
            string.Create(CultureInfo.InvariantCulture, $"${n + 1} = {Describe(p.Value)}"))));
        text.AppendLine(string.Join('\n', plan));
        text.AppendLine(Invariant($"-- prepared, execution {PreparedExecutions} (plan_cache_mode auto):"));
        text.AppendLine(await PreparedPlanAsync(floor.ConnectionString, statement, nearestNeighbour, cancellationToken));
        await Console.Out.WriteLineAsync(text.ToString());
    }

    /// <summary>Enough executions for PostgreSQL to weigh a generic plan against the five custom ones before it.</summary>
    private const int PreparedExecutions = 7;

    /// <summary>
    /// Runs the statement prepared (a named statement, as Npgsql's automatic preparation makes it) on a session of its
    /// own, and returns the plan of its last execution as auto_explain reports it.
    /// </summary>
    private static async Task<string> PreparedPlanAsync(string connectionString, OfferStatement statement, bool nearestNeighbour, CancellationToken cancellationToken)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var dataSource = Stage.Api.Data.StageDataSource.Create(builder.ConnectionString, 1, nearestNeighbour ? ["enable_bitmapscan=off"] : []);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var notices = new List<string>();
        connection.Notice += (_, e) => notices.Add(e.Notice.MessageText);
        foreach (var setting in new[] { "LOAD 'auto_explain'", "SET auto_explain.log_min_duration = 0", "SET auto_explain.log_analyze = on", "SET auto_explain.log_level = notice" })
        {
            await using var set = new Npgsql.NpgsqlCommand(setting, connection);
            await set.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new Npgsql.NpgsqlCommand(statement.Sql, connection);
        statement.Parameters.CopyTo(command);
        await command.PrepareAsync(cancellationToken);
        for (var i = 0; i < PreparedExecutions; i++)
        {
            notices.Clear();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
            }
        }

        await using var plans = new Npgsql.NpgsqlCommand("SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE NOT from_sql", connection);
        await using var counts = await plans.ExecuteReaderAsync(cancellationToken);
        var kinds = await counts.ReadAsync(cancellationToken) ? Invariant($"-- {counts.GetInt64(0)} generic and {counts.GetInt64(1)} custom plans\n") : "";
        return kinds + string.Join('\n', notices);
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static string Describe(object? value) => value switch
    {
        null => "NULL",
        Array array => "{" + string.Join(",", array.Cast<object?>().Select(Describe)) + "}",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
