using Npgsql;
using Stage.Api.Data.Sql;

namespace Stage.Api.Offers;

/// <summary>
/// Gives the French offers stored without a commune (those of before communes, or whose postal code was unknown) the
/// commune of their postal code and city, else the nearest commune of their postal code, as a new offer with coordinates
/// gets it. Run by <c>./stage migrate</c> each time it loads a new version of the gazetteer; their coordinates, their
/// precision (<c>address</c>) and their <c>updated_at</c> stay as they were.
/// </summary>
public static class OfferCommuneBackfill
{
    private const int BatchSize = 50_000;

    /// <summary>Returns how many offers got their commune.</summary>
    public static async Task<int> RunAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var located = new List<(long Id, string Code)>();
        await using (var command = transaction.Command(
            "SELECT id, postal_code, city, latitude, longitude FROM offers WHERE commune_code IS NULL AND country_code = 'FR' AND postal_code IS NOT NULL"))
        {
            command.CommandTimeout = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (AddressCommunes.Locate(reader.GetString(1), reader.GetString(2), reader.GetDouble(3), reader.GetDouble(4)) is { } commune)
                {
                    located.Add((reader.GetInt64(0), commune.Code));
                }
            }
        }

        if (located.Count == 0)
        {
            return 0;
        }

        // Filling a derived column is no change of the offer: its updated_at stays.
        await transaction.ExecuteAsync("ALTER TABLE offers DISABLE TRIGGER offers_touch_updated_at", cancellationToken);
        foreach (var batch in located.Chunk(BatchSize))
        {
            await using var update = transaction.Command(
                "UPDATE offers o SET commune_code = u.code FROM unnest($1::bigint[], $2::text[]) AS u(id, code) WHERE o.id = u.id",
                batch.Select(b => b.Id).ToArray(), batch.Select(b => b.Code).ToArray());
            update.CommandTimeout = 0;
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.ExecuteAsync("ALTER TABLE offers ENABLE TRIGGER offers_touch_updated_at", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return located.Count;
    }
}
