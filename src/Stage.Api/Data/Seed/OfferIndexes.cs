using Npgsql;

namespace Stage.Api.Data.Seed;

/// <summary>
/// For large loads into an (almost) empty table: drops the secondary indexes of the offers and of their search table
/// (filled by a trigger as the offers arrive) and builds them again afterwards, which is much faster than maintaining
/// them row by row. The definitions are read from the catalog, so that they come back exactly as the migrations made them.
/// </summary>
internal sealed class OfferIndexes(IReadOnlyList<string> definitions)
{
    private const string DefinitionsSql = """
        SELECT pg_get_indexdef(i.indexrelid), i.indexrelid::regclass::text
        FROM pg_index i
        WHERE i.indrelid IN ('offers'::regclass, 'offer_search'::regclass)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
        """;

    public int Count => definitions.Count;

    public static async Task<OfferIndexes> DropAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var definitions = new List<string>();
        var names = new List<string>();
        await using (var command = new NpgsqlCommand(DefinitionsSql, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                definitions.Add(reader.GetString(0));
                names.Add(reader.GetString(1));
            }
        }

        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX IF EXISTS {name}", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return new OfferIndexes(definitions);
    }

    /// <summary>Builds the indexes again on two connections, the slow GIN and GiST ones first.</summary>
    public async Task RecreateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var queue = new Queue<string>(definitions.OrderBy(d => d.Contains("USING btree", StringComparison.Ordinal)));
        await Task.WhenAll(Enumerable.Range(0, Math.Min(2, definitions.Count)).Select(_ => BuildAsync(dataSource, queue, cancellationToken)));
    }

    private static async Task BuildAsync(NpgsqlDataSource dataSource, Queue<string> queue, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Pooled connections are not reset when they go back to the pool: the setting is undone below.
        await using (var settings = new NpgsqlCommand("SET maintenance_work_mem = '512MB'", connection))
        {
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await BuildEachAsync(connection, queue, cancellationToken);
        }
        finally
        {
            await using var reset = new NpgsqlCommand("RESET maintenance_work_mem", connection);
            await reset.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static async Task BuildEachAsync(NpgsqlConnection connection, Queue<string> queue, CancellationToken cancellationToken)
    {

        while (true)
        {
            string definition;
            lock (queue)
            {
                if (!queue.TryDequeue(out definition!))
                {
                    return;
                }
            }

            // IF NOT EXISTS: an index that survived (or was rebuilt by a concurrent run) is left alone.
            var sql = definition.Replace(" INDEX ", " INDEX IF NOT EXISTS ", StringComparison.Ordinal);
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
