using Npgsql;
using NpgsqlTypes;

namespace Stage.Api.Data.Seed;

/// <summary>Creates the demo operators (once: later runs reuse them by name).</summary>
internal static class OperatorSeeder
{
    public const string ArmedForces = "Ministère des Armées";

    private static readonly (string Name, string Prefix, int? SectorId)[] Operators =
    [
        (ArmedForces, "DEF", 3),
        ("Réseau Tremplin Entreprises", "TREMPLIN", null),
        ("Fondation Horizons Métiers", "HZM", null),
        ("Association Premiers Pas Pro", "PPP", null),
        ("Collectif Stages Solidaires", "CSS", null),
        ("Fédération des Artisans Passeurs", "FAP", null),
    ];

    private static readonly DateTimeOffset CreatedAt = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    public static async Task<IReadOnlyList<SeedOperator>> EnsureAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var names = Operators.Select(o => o.Name).ToArray();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO operators (name, created_at) SELECT unnest(@names), @created_at ON CONFLICT (name) DO NOTHING", connection))
        {
            insert.Parameters.Add(new NpgsqlParameter("names", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = names });
            insert.Parameters.Add(new NpgsqlParameter("created_at", NpgsqlDbType.TimestampTz) { Value = CreatedAt });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var select = new NpgsqlCommand("SELECT name, id FROM operators WHERE name = ANY(@names)", connection))
        {
            select.Parameters.Add(new NpgsqlParameter("names", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = names });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        return [.. Operators.Select(o => new SeedOperator(ids[o.Name], o.Name, o.Prefix, o.SectorId))];
    }
}

/// <summary>An operator publishing offers in bulk, with the prefix of its own offer ids (remoteId).</summary>
internal sealed record SeedOperator(long Id, string Name, string RemoteIdPrefix, int? SectorId);
