using Npgsql;
using Stage.Api.Data.Sql;

namespace Stage.Api.Offers.Management;

/// <summary>
/// The employers of an operator's offers, resolved for a whole batch in a few statements. An operator's
/// employers are those of its offers. By id: the employer must be one of them. By details: the first
/// of them with the same SIRET (or, without one, the same name in any case and kind) is reused and its
/// details brought up to date; otherwise a new employer is created (once per batch for equal details).
/// An operator's writes run one at a time (its row is locked first), so that concurrent calls neither
/// create the same employer twice nor deadlock on each other's offers.
/// </summary>
public static class OperatorEmployers
{
    /// <returns>Each reference's employer id, in order; null for an id that is not one of the operator's employers.</returns>
    public static async Task<long?[]> ResolveAsync(
        NpgsqlTransaction transaction, long operatorId, IReadOnlyList<ValidEmployerReference> references, CancellationToken cancellationToken)
    {
        await transaction.ExecuteAsync("SELECT 1 FROM operators WHERE id = $1 FOR NO KEY UPDATE", cancellationToken, operatorId);
        var ids = references.Where(r => r.EmployerId is not null).Select(r => r.EmployerId!.Value).Distinct().ToArray();
        var known = ids.Length == 0 ? [] : (await ListAsync(transaction,
            "SELECT DISTINCT employer_id FROM offers WHERE operator_id = $1 AND employer_id = ANY($2)", cancellationToken, operatorId, ids))
            .ToHashSet();

        var drafts = references.Where(r => r.NewEmployer is not null).Select(r => r.NewEmployer!)
            .DistinctBy(e => e.MatchKey).ToList();
        var byKey = await MatchAsync(transaction, operatorId, drafts, cancellationToken);
        await CreateAsync(transaction, drafts.Where(d => !byKey.ContainsKey(d.MatchKey)).ToList(), byKey, cancellationToken);

        return [.. references.Select(r => r.NewEmployer is { } draft ? byKey[draft.MatchKey]
            : known.Contains(r.EmployerId!.Value) ? r.EmployerId : null)];
    }

    private static async Task<Dictionary<string, long>> MatchAsync(
        NpgsqlTransaction transaction, long operatorId, List<ValidEmployer> drafts, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        if (drafts.Count == 0)
        {
            return found;
        }

        await using (var command = transaction.Command(
            "SELECT e.id, e.name, e.kind, e.siret FROM employers e " +
            "WHERE e.id IN (SELECT employer_id FROM offers WHERE operator_id = $1) " +
            "AND (e.siret = ANY($2) OR upper(e.name) IN (SELECT upper(n) FROM unnest($3::text[]) AS n)) ORDER BY e.id",
            operatorId, drafts.Where(d => d.Siret is not null).Select(d => d.Siret!).ToArray(), drafts.Select(d => d.Name).ToArray()))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var existing = new ValidEmployer(reader.GetString(1), reader.GetFieldValue<HostKind>(2), null, null,
                    reader.IsDBNull(3) ? null : reader.GetString(3));
                found.TryAdd(existing.MatchKey, reader.GetInt64(0));
                found.TryAdd((existing with { Siret = null }).MatchKey, reader.GetInt64(0));
            }
        }

        var matched = drafts.Where(d => found.ContainsKey(d.MatchKey)).ToList();
        var matches = matched.ToDictionary(d => d.MatchKey, d => found[d.MatchKey], StringComparer.Ordinal);
        if (matched.Count > 0)
        {
            await transaction.ExecuteAsync(
                "UPDATE employers e SET name = u.name, kind = u.kind, description = u.description, website = u.website, siret = coalesce(u.siret, e.siret) " +
                "FROM unnest($1::bigint[], $2::text[], $3::host_kind[], $4::text[], $5::text[], $6::text[]) AS u(id, name, kind, description, website, siret) " +
                "WHERE e.id = u.id AND (e.name, e.kind, e.description, e.website, e.siret) IS DISTINCT FROM (u.name, u.kind, u.description, u.website, coalesce(u.siret, e.siret))",
                cancellationToken, matched.Select(d => matches[d.MatchKey]).ToArray(), matched.Select(d => d.Name).ToArray(),
                matched.Select(d => d.Kind).ToArray(), matched.Select(d => d.Description).ToArray(),
                matched.Select(d => d.Website).ToArray(), matched.Select(d => d.Siret).ToArray());
        }

        return matches;
    }

    private static async Task CreateAsync(
        NpgsqlTransaction transaction, List<ValidEmployer> drafts, Dictionary<string, long> byKey, CancellationToken cancellationToken)
    {
        if (drafts.Count == 0)
        {
            return;
        }

        // Ids first, so that each draft knows its row without relying on the order of RETURNING.
        var ids = await ListAsync(transaction,
            "SELECT nextval(pg_get_serial_sequence('employers', 'id')) FROM generate_series(1, $1)", cancellationToken, drafts.Count);
        await transaction.ExecuteAsync(
            "INSERT INTO employers (id, name, kind, description, website, siret) " +
            "SELECT * FROM unnest($1::bigint[], $2::text[], $3::host_kind[], $4::text[], $5::text[], $6::text[])",
            cancellationToken, ids.ToArray(), drafts.Select(d => d.Name).ToArray(), drafts.Select(d => d.Kind).ToArray(),
            drafts.Select(d => d.Description).ToArray(), drafts.Select(d => d.Website).ToArray(), drafts.Select(d => d.Siret).ToArray());
        for (var i = 0; i < drafts.Count; i++)
        {
            byKey[drafts[i].MatchKey] = ids[i];
        }
    }

    private static async Task<List<long>> ListAsync(NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] arguments)
    {
        await using var command = transaction.Command(sql, arguments);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }
}
