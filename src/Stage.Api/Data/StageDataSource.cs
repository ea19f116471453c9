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
    /// The API's queries are short: JIT compilation, which PostgreSQL starts from cost estimates, only
    /// adds milliseconds to them (measured: 10 ms on a 0.4 ms radius search), so it is off; parallel
    /// workers only compete with the other requests for the same cores, so they are off too.
    /// <paramref name="settings"/> adds server settings for this data source's sessions.
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString, params string[] settings)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Timeout"))
        {
            // Fail fast when PostgreSQL is unreachable (Npgsql waits 15 s by default); `Timeout=` in the connection string overrides it.
            builder.ConnectionStringBuilder.Timeout = ConnectTimeoutSeconds;
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
