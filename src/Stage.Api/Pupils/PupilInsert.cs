using Npgsql;
using Stage.Api.Data.Sql;


namespace Stage.Api.Pupils;

/// <summary>
/// Writes checked rows with one statement: one array parameter per column, unnested. An INE that another
/// transaction registered meanwhile is skipped (ON CONFLICT), and is missing from the answer.
/// </summary>
public static class PupilInsert
{
    private const string Sql = """
        INSERT INTO pupils (ine, first_name, last_name, grade, class_name, birth_date, school_id, created_at)
        SELECT r.ine, r.first_name, r.last_name, r.grade, r.class_name, r.birth_date, $7, $8
        FROM unnest($1::text[], $2::text[], $3::text[], $4::grade[], $5::text[], $6::date[])
            AS r (ine, first_name, last_name, grade, class_name, birth_date)
        ON CONFLICT (ine) DO NOTHING
        RETURNING ine, id
        """;

    /// <summary>The ids of the pupils written, by INE.</summary>
    public static async Task<Dictionary<string, long>> RunAsync(
        NpgsqlTransaction transaction, long schoolId, IReadOnlyList<PupilRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = transaction.Command(Sql,
            rows.Select(r => r.Ine!).ToArray(),
            rows.Select(r => r.FirstName!).ToArray(),
            rows.Select(r => r.LastName!).ToArray(),
            rows.Select(r => r.Grade!.Value).ToArray(),
            rows.Select(r => r.ClassName!).ToArray(),
            rows.Select(r => r.BirthDate!.Value).ToArray(),
            schoolId,
            now);
        var ids = new Dictionary<string, long>(rows.Count, StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[reader.GetString(0)] = reader.GetInt64(1);
        }

        return ids;
    }
}
