using System.Globalization;
using System.Text;
using Npgsql;
using Stage.Api.Offers.Search;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>
/// The SQL of <c>offersPublished</c>: the committed rows of <c>offer_events</c> in position order, a subscriber's replay,
/// and the one statement per batch of events that tests the candidates' filters on the offers.
/// </summary>
public sealed class OfferPublications(NpgsqlDataSource dataSource)
{
    public const string Table = "offer_events";

    /// <summary>Conditions tested by one statement; more make a statement per this many (parse and plan grow with it).</summary>
    private const int MaxConditionsPerStatement = 2_000;

    private const int MaxParametersPerStatement = 30_000;

    /// <summary>Every offer's condition is tested on its row with its employer: a filter may read both.</summary>
    private const string OfferRow = $"offers o JOIN employers e ON e.id = o.employer_id JOIN {OfferSearchTable.Name} s ON s.id = o.id";

    public async Task<long> LastPositionAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT coalesce(max(position), 0) FROM {Table}");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Up to <paramref name="limit"/> events after a position, with what the candidate index needs of their offers.</summary>
    public async Task<List<OfferEventRow>> ReadAsync(long after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT ev.position, ev.offer_id, ev.kind, ev.occurred_at, o.sector_id, o.department_code, o.latitude, o.longitude
            FROM {Table} ev LEFT JOIN offers o ON o.id = ev.offer_id
            WHERE ev.position > $1 ORDER BY ev.position LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var rows = new List<OfferEventRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var offerExists = !reader.IsDBNull(4);
            rows.Add(new OfferEventRow(
                Event(reader),
                offerExists,
                offerExists ? reader.GetInt32(4) : 0,
                reader.IsDBNull(5) ? null : reader.GetString(5),
                offerExists ? reader.GetDouble(6) : 0,
                offerExists ? reader.GetDouble(7) : 0));
        }

        return rows;
    }

    /// <summary>
    /// A subscriber's stored events after a position: the publications its filter matches, and the follow-ups of offers
    /// published since its origin (whether the stream delivered them is the stream's to say).
    /// </summary>
    public async Task<IReadOnlyList<OfferAvailabilityEvent>> ReplayAsync(
        OfferFeedFilter filter, long origin, long after, int limit, CancellationToken cancellationToken)
    {
        var parameters = new List<NpgsqlParameter>();
        var condition = new StringBuilder();
        filter.Exact.AppendTo(condition, parameters);
        var n = parameters.Count;
        await using var command = dataSource.CreateCommand($"""
            SELECT ev.position, ev.offer_id, ev.kind, ev.occurred_at FROM {Table} ev
            WHERE ev.position > ${n + 1} AND CASE WHEN ev.kind = 'published'
                THEN EXISTS (SELECT 1 FROM {OfferRow} WHERE o.id = ev.offer_id AND {condition})
                ELSE EXISTS (SELECT 1 FROM {Table} p WHERE p.offer_id = ev.offer_id AND p.kind = 'published'
                    AND p.position > ${n + 2} AND p.position < ev.position) END
            ORDER BY ev.position LIMIT ${n + 3}
            """);
        Add(command, parameters);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = origin });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var events = new List<OfferAvailabilityEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(Event(reader));
        }

        return events;
    }

    /// <summary>
    /// The offers a stream from <paramref name="origin"/> delivered up to <paramref name="after"/> and still follows: published
    /// in that span, matching its filter, and not unpublished or removed since (a resumed stream goes on following them).
    /// </summary>
    public async Task<List<long>> DeliveredAsync(OfferFeedFilter filter, long origin, long after, CancellationToken cancellationToken)
    {
        var parameters = new List<NpgsqlParameter>();
        var condition = new StringBuilder();
        filter.Exact.AppendTo(condition, parameters);
        var n = parameters.Count;
        await using var command = dataSource.CreateCommand($"""
            SELECT spans.offer_id FROM (
                SELECT offer_id, bool_or(kind = 'published') AS published, (array_agg(kind ORDER BY position DESC))[1] AS last_kind
                FROM {Table} WHERE position > ${n + 1} AND position <= ${n + 2} GROUP BY offer_id) AS spans
            WHERE spans.published AND spans.last_kind IN ('published', 'full')
                AND EXISTS (SELECT 1 FROM {OfferRow} WHERE o.id = spans.offer_id AND {condition})
            """);
        Add(command, parameters);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = origin });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>
    /// Which conditions each offer meets: every condition is tested on its offer's row, as many as fit in one statement (one
    /// <c>SELECT</c> per offer, an array of booleans per row), so a batch of events costs a few statements however many
    /// subscribers there are.
    /// </summary>
    public async Task<bool[][]> MatchAsync(IReadOnlyList<(long OfferId, List<OfferCondition> Conditions)> offers, CancellationToken cancellationToken)
    {
        var met = offers.Select(o => new bool[o.Conditions.Count]).ToArray();
        var pending = new List<(int Offer, int From, int Count)>();
        int conditions = 0, parameterCount = 0;
        for (var i = 0; i < offers.Count; i++)
        {
            var list = offers[i].Conditions;
            var from = 0;
            for (var c = 0; c < list.Count; c++)
            {
                var size = list[c].ParameterCount;
                if (conditions > 0 && (conditions + 1 > MaxConditionsPerStatement || parameterCount + size + 1 > MaxParametersPerStatement))
                {
                    if (c > from)
                    {
                        pending.Add((i, from, c - from));
                    }

                    await RunAsync(pending, offers, met, cancellationToken);
                    pending.Clear();
                    (conditions, parameterCount, from) = (0, 0, c);
                }

                conditions++;
                parameterCount += size + (c == from ? 1 : 0);
            }

            if (list.Count > from)
            {
                pending.Add((i, from, list.Count - from));
            }
        }

        if (pending.Count > 0)
        {
            await RunAsync(pending, offers, met, cancellationToken);
        }

        return met;
    }

    private async Task RunAsync(
        List<(int Offer, int From, int Count)> parts, IReadOnlyList<(long OfferId, List<OfferCondition> Conditions)> offers,
        bool[][] met, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder();
        var parameters = new List<NpgsqlParameter>();
        for (var p = 0; p < parts.Count; p++)
        {
            var (offer, from, count) = parts[p];
            if (p > 0)
            {
                sql.Append(" UNION ALL ");
            }

            sql.Append("SELECT ").Append(p.ToString(CultureInfo.InvariantCulture)).Append(", ARRAY[");
            for (var c = from; c < from + count; c++)
            {
                sql.Append(c > from ? ", coalesce((" : "coalesce((");
                offers[offer].Conditions[c].AppendTo(sql, parameters);
                sql.Append("), false)");
            }

            parameters.Add(new NpgsqlParameter<long> { TypedValue = offers[offer].OfferId });
            sql.Append("] FROM ").Append(OfferRow).Append(" WHERE o.id = $").Append(parameters.Count.ToString(CultureInfo.InvariantCulture));
        }

        await using var command = dataSource.CreateCommand(sql.ToString());
        Add(command, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (offer, from, _) = parts[reader.GetInt32(0)];
            reader.GetFieldValue<bool[]>(1).CopyTo(met[offer], from);
        }
    }

    private static void Add(NpgsqlCommand command, List<NpgsqlParameter> parameters)
    {
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }
    }

    private static OfferAvailabilityEvent Event(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        reader.GetString(2) switch
        {
            "published" => OfferPublicationKind.Published,
            "full" => OfferPublicationKind.Full,
            "unpublished" => OfferPublicationKind.Unpublished,
            _ => OfferPublicationKind.Removed,
        },
        reader.GetFieldValue<DateTimeOffset>(3));
}

/// <summary>A committed event with the attributes the candidate index reads of its offer (none when the offer is gone).</summary>
public sealed record OfferEventRow(OfferAvailabilityEvent Event, bool OfferExists, int SectorId, string? DepartmentCode, double Latitude, double Longitude);
