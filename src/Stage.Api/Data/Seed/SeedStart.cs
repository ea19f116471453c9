using Npgsql;

namespace Stage.Api.Data.Seed;

/// <summary>
/// What is already in the database when a run starts: new rows get ids after the existing ones (and
/// after anything their sequences handed out), so that a second run adds to the first.
/// </summary>
internal sealed record SeedStart(
    long ExistingOffers,
    long NextOfferId,
    long NextEmployerId,
    long NextSchoolId,
    long NextPupilId,
    long NextStaffId,
    IReadOnlyList<string> ExistingUais)
{
    public static readonly string[] Tables = ["offers", "employers", "schools", "pupils", "staff_members"];

    public static async Task<bool> HasOffersAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM offers)", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static async Task<SeedStart> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var next = new long[Tables.Length];
        for (var i = 0; i < Tables.Length; i++)
        {
            await using var command = new NpgsqlCommand($"""
                SELECT greatest(
                    (SELECT coalesce(max(id), 0) FROM {Tables[i]}),
                    coalesce(pg_sequence_last_value(pg_get_serial_sequence('{Tables[i]}', 'id')::regclass), 0)) + 1
                """, connection);
            next[i] = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        long existingOffers;
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM offers", connection))
        {
            existingOffers = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        var uais = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT uai FROM schools", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                uais.Add(reader.GetString(0));
            }
        }

        return new SeedStart(existingOffers, next[0], next[1], next[2], next[3], next[4], uais);
    }

    /// <summary>Moves each table's id sequence past the ids given explicitly by the run.</summary>
    public static async Task AdvanceSequencesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table} HAVING max(id) IS NOT NULL", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
