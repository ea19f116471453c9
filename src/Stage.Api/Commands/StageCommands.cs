using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Stage.Api.ApiKeys;
using Stage.Api.Data;
using Stage.Api.Data.Seed;
using Stage.Api.Geography;
using Stage.Api.GraphQL;
using Stage.Api.Identity.Development;
using Stage.Api.Offers;

namespace Stage.Api.Commands;

/// <summary>
/// The one-shot commands the same binary runs instead of serving: <c>migrate</c>, <c>seed</c>,
/// <c>schema</c>, <c>token</c>, <c>apikey</c>. The <c>./stage</c> script calls them.
/// </summary>
public static class StageCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0)
        {
            return false;
        }

        switch (args[0])
        {
            case "migrate":
                await MigrateAsync(app.Services);
                return true;
            case "seed":
                await SeedAsync(app.Services, args.AsSpan(1).ToArray());
                return true;
            case "schema":
                await File.WriteAllTextAsync(args.Length > 1 ? args[1] : "schema/stage.graphql",
                    SchemaFile.Print(app.Services.GetRequiredService<ISchema>()));
                return true;
            // Both need the current tables: they migrate first (nothing to do is a quick check), in the same process.
            case "token":
                await MigrateAsync(app.Services);
                Environment.ExitCode = await DevelopmentTokenCommand.RunAsync(app.Services, args[1..], Console.Out, Console.Error);
                return true;
            case "apikey":
                await MigrateAsync(app.Services);
                Environment.ExitCode = await ApiKeyCommand.RunAsync(app.Services, args[1..], Console.Out, Console.Error);
                return true;
            default:
                return false;
        }
    }

    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<StageDbContext>>().CreateDbContextAsync();
        // Some migrations rewrite every offer (a million on a national database): no command timeout.
        db.Database.SetCommandTimeout(TimeSpan.Zero);
        await MigrationBaseline.AdoptPreBaselineHistoryAsync(db);
        await db.Database.MigrateAsync();
        // Types and extensions created by the migration must be known to pooled connections.
        await using var connection = await services.GetRequiredService<Npgsql.NpgsqlDataSource>().OpenConnectionAsync();
        await connection.ReloadTypesAsync();
        if (await GazetteerTables.LoadAsync(connection))
        {
            await OfferCommuneBackfill.RunAsync(connection);
        }
    }

    private static async Task SeedAsync(IServiceProvider services, string[] args)
    {
        SeedOptions options;
        try
        {
            options = SeedOptions.Parse(args);
        }
        catch (ArgumentException error)
        {
            await Console.Error.WriteLineAsync("seed: " + error.Message);
            Environment.ExitCode = 2;
            return;
        }

        var logger = services.GetRequiredService<ILogger<DemoDataSeeder>>();
        var seeder = new DemoDataSeeder(services.GetRequiredService<Npgsql.NpgsqlDataSource>(), services.GetRequiredService<Offers.SchoolCalendar>(), logger);
        await seeder.SeedAsync(options, CancellationToken.None);
    }
}
