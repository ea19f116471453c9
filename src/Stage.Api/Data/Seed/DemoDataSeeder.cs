using System.Diagnostics;
using Npgsql;
using Stage.Api.Offers;

namespace Stage.Api.Data.Seed;

/// <summary>
/// <c>./stage seed</c>: realistic, deterministic demo data (operators, schools with pupils and staff,
/// host structures, offers), bulk-loaded with binary COPY. The same seed on an empty database always
/// gives the same rows on the same day (the offers' weeks are those of the school year under way and the next one); on
/// a database with data, the run adds new rows after the existing ones.
/// </summary>
public sealed class DemoDataSeeder(NpgsqlDataSource dataSource, SchoolCalendar calendar, ILogger<DemoDataSeeder> logger)
{
    private const int OffersPerSchool = 40;
    private const int MinSchools = 20;
    private const int LargeLoad = 100_000;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (options.IfEmpty && await SeedStart.HasOffersAsync(connection, cancellationToken))
        {
            logger.LogInformation("Seed: the database already has offers, nothing to do (--if-empty)");
            return;
        }

        var start = await SeedStart.ReadAsync(connection, cancellationToken);
        var weeks = new OfferWeeks(calendar, options.Today ?? calendar.Today);
        // A later run on the same database must not repeat the first one's texts and places.
        var runSeed = start.ExistingOffers == 0 ? options.Seed : SeedRandom.Derive(options.Seed, start.ExistingOffers);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Seed: loading {Offers} offers (seed {Seed}) next to {Existing} existing ones",
                options.Offers, options.Seed, start.ExistingOffers);
        }

        var operators = await OperatorSeeder.EnsureAsync(connection, cancellationToken);
        var schools = await SchoolSeeder.SeedAsync(connection, SeedRandom.Create(runSeed, 1),
            Math.Max(MinSchools, options.Offers / OffersPerSchool), start, weeks.SchoolYearStart.Year, cancellationToken);
        var employers = EmployerPlanner.Plan(
            SeedRandom.Create(runSeed, 2), options.Offers, start.NextEmployerId, start.NextOfferId, operators);
        await EmployerWriter.WriteAsync(connection, employers, SeedRandom.Create(runSeed, 3), cancellationToken);
        LogStep(stopwatch, $"{schools.Count} schools, {schools.Pupils} pupils, {schools.StaffMembers} staff and {employers.Count} employers");

        await LoadOffersAsync(connection, options.Offers, start, employers, schools, weeks, runSeed, stopwatch, cancellationToken);

        await SeedStart.AdvanceSequencesAsync(connection, cancellationToken);
        await using (var analyze = new NpgsqlCommand(
            "ANALYZE operators, employers, schools, pupils, staff_members, accounts, offers, offer_search", connection) { CommandTimeout = 0 })
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Seed: done in {Elapsed:F1} s: {Offers} offers, {Employers} employers, {Operators} operators, {Schools} schools, "
                + "{Pupils} pupils, {Staff} staff members, {Accounts} accounts",
                stopwatch.Elapsed.TotalSeconds, options.Offers, employers.Count, operators.Count, schools.Count,
                schools.Pupils, schools.StaffMembers, schools.Accounts);
        }
    }

    private async Task LoadOffersAsync(
        NpgsqlConnection connection, int offers, SeedStart start, List<EmployerPlan> employers, SeededSchools schools,
        OfferWeeks weeks, int runSeed, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        // Rebuilding the indexes once beats maintaining them row by row only when most rows are new.
        var indexes = offers > LargeLoad && start.ExistingOffers < offers / 10
            ? await OfferIndexes.DropAsync(connection, cancellationToken)
            : null;
        try
        {
            await new OfferLoader(dataSource, logger).LoadAsync(employers, schools, weeks, runSeed, cancellationToken);
            // The loader logs no change per offer for the full-text index in memory: one "read everything again" instead.
            await ExecuteAsync(connection, "INSERT INTO offer_search_changes (offer_id) VALUES (NULL)", cancellationToken);
            LogStep(stopwatch, $"{offers} offers");
        }
        finally
        {
            if (indexes is not null)
            {
                // Even after a failure: never leave the table without its indexes.
                await indexes.RecreateAsync(dataSource, CancellationToken.None);
                LogStep(stopwatch, $"{indexes.Count} offer indexes rebuilt");
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void LogStep(Stopwatch stopwatch, string step)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Seed: {Step} after {Elapsed:F1} s", step, stopwatch.Elapsed.TotalSeconds);
        }
    }
}
