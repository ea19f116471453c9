using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using Stage.Api.Agreements;
using Stage.Api.Applications;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Data;

/// <summary>
/// The one place that knows how .NET types map to the database's types: the ADO.NET data source
/// (used for COPY and raw SQL) and EF Core must agree on the PostgreSQL enums and PostGIS.
/// </summary>
public static class StageDataSource
{
    /// <summary>Seconds to wait for a new connection unless the connection string sets <c>Timeout</c>.</summary>
    public const int ConnectTimeoutSeconds = 5;

    /// <summary>
    /// Connections an instance's main pool may hold unless the connection string sets <c>Maximum Pool Size</c>. Npgsql's
    /// own default (100) is PostgreSQL's default <c>max_connections</c>: one busy instance would take the whole server.
    /// README "Connections" gives the budget of several instances.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    /// <summary>
    /// Statements each connection keeps prepared unless the connection string sets <c>Max Auto Prepare</c>: the API sends a few
    /// dozen shapes (a search's SQL follows its filter's shape and the fields asked for), the least used are evicted.
    /// <c>Max Auto Prepare=0</c> turns preparation off, as a transaction pooler older than PgBouncer 1.21 needs.
    /// </summary>
    public const int DefaultMaxAutoPrepare = 100;

    /// <summary>A statement is prepared at its second use unless the connection string sets <c>Auto Prepare Min Usages</c>.</summary>
    public const int DefaultAutoPrepareMinUsages = 2;

    private static readonly string[] PoolSizeKeys = ["Maximum Pool Size", "Max Pool Size", "MaxPoolSize"];
    private static readonly string[] AutoPrepareKeys = ["Max Auto Prepare", "MaxAutoPrepare"];
    private static readonly string[] AutoPrepareUsagesKeys = ["Auto Prepare Min Usages", "AutoPrepareMinUsages"];
    private static readonly string[] NoResetKeys = ["No Reset On Close", "NoResetOnClose"];

    /// <summary>
    /// The API's queries are short: JIT compilation, which PostgreSQL starts from cost estimates, only
    /// adds milliseconds to them (measured: 10 ms on a 0.4 ms radius search), so it is off; parallel
    /// workers only compete with the other requests for the same cores, so they are off too.
    /// <paramref name="settings"/> adds server settings for this data source's sessions; <paramref name="maxPoolSize"/> is
    /// its pool's size unless the connection string sets one.
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString, int maxPoolSize = DefaultMaxPoolSize, params string[] settings)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Timeout"))
        {
            // Fail fast when PostgreSQL is unreachable (Npgsql waits 15 s by default); `Timeout=` in the connection string overrides it.
            // It is also how long a request waits for a pooled connection when the pool is exhausted.
            builder.ConnectionStringBuilder.Timeout = ConnectTimeoutSeconds;
        }

        if (!PoolSizeKeys.Any(given.ContainsKey))
        {
            builder.ConnectionStringBuilder.MaxPoolSize = maxPoolSize;
        }

        // Prepared statements skip parsing and planning (most of a short query's cost); they live in the session, so a
        // connection going back to the pool must not be reset (DISCARD ALL would drop them). The API leaves no other
        // session state behind (README "Connections").
        if (!AutoPrepareKeys.Any(given.ContainsKey))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        if (!AutoPrepareUsagesKeys.Any(given.ContainsKey))
        {
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = DefaultAutoPrepareMinUsages;
        }

        if (!NoResetKeys.Any(given.ContainsKey))
        {
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        }

        builder.ConnectionStringBuilder.Options = string.Join(' ',
            new[] { builder.ConnectionStringBuilder.Options, "-c jit=off -c max_parallel_workers_per_gather=0" }.Concat(settings.Select(s => "-c " + s))
                .Where(o => !string.IsNullOrEmpty(o)));
        builder.UseNetTopologySuite();
        builder.MapEnum<Grade>("grade");
        builder.MapEnum<SchoolKind>("school_kind");
        builder.MapEnum<StaffRole>("staff_role");
        builder.MapEnum<HostKind>("host_kind");
        builder.MapEnum<OfferStatus>("offer_status");
        builder.MapEnum<LocationPrecision>("location_precision");
        builder.MapEnum<AccountKind>("account_kind");
        builder.MapEnum<ApplicationStatus>("application_status");
        builder.MapEnum<AgreementStatus>("agreement_status");
        builder.MapEnum<Signatory>("signatory");
        return builder.Build();
    }

    private static readonly DbContextOptions<StageDbContext> OnGivenConnection = new DbContextOptionsBuilder<StageDbContext>()
        .UseNpgsql(ConfigureNpgsql).UseSnakeCaseNamingConvention().Options;

    /// <summary>
    /// A context on a connection that is already open, in its transaction when there is one: what a mutation reads
    /// there sees its own writes and needs no second connection.
    /// </summary>
    public static async Task<StageDbContext> ContextOnAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var db = new StageDbContext(OnGivenConnection);
        db.Database.SetDbConnection(connection);
        if (transaction is not null)
        {
            await db.Database.UseTransactionAsync(transaction, cancellationToken);
        }

        return db;
    }

    public static TBuilder UseStageDatabase<TBuilder>(this TBuilder options, NpgsqlDataSource dataSource)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(dataSource, ConfigureNpgsql).UseSnakeCaseNamingConvention();
        return options;
    }

    private static void ConfigureNpgsql(NpgsqlDbContextOptionsBuilder npgsql)
    {
        npgsql.UseNetTopologySuite();
        npgsql.MapEnum<Grade>("grade");
        npgsql.MapEnum<SchoolKind>("school_kind");
        npgsql.MapEnum<StaffRole>("staff_role");
        npgsql.MapEnum<HostKind>("host_kind");
        npgsql.MapEnum<OfferStatus>("offer_status");
        npgsql.MapEnum<LocationPrecision>("location_precision");
        npgsql.MapEnum<AccountKind>("account_kind");
        npgsql.MapEnum<ApplicationStatus>("application_status");
        npgsql.MapEnum<AgreementStatus>("agreement_status");
        npgsql.MapEnum<Signatory>("signatory");
        npgsql.MigrationsHistoryTable(MigrationBaseline.HistoryTable);
    }
}
