using System.Globalization;
using Npgsql;
using Stage.Api.Data.Sql;

namespace Stage.Api.Offers.Management;

/// <summary>
/// Writes offers in one statement whatever their number: the rows travel as one array per column and
/// <c>unnest</c> turns them back into rows. Grades and weeks are arrays in each row, which <c>unnest</c>
/// cannot take as 2-D arrays: they travel as array literals (of the enum labels and ISO dates the
/// validator produced) and are cast back.
/// </summary>
public static class OfferRowsSql
{
    private const string Columns =
        "title, description, sector_id, employer_id, remote_id, grades, weeks, seats, status, street, postal_code, city, country_code, commune_code, " +
        "latitude, longitude, location_precision, reserved_school_ids";

    private const string Unnest =
        "unnest($2::text[], $3::text[], $4::int[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::int[], $10::offer_status[], " +
        "$11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::float8[], $17::float8[], $18::location_precision[], $19::text[])";

    /// <summary>A new offer without a reservation is open to all; a known one keeps its schools.</summary>
    private const string NewValues = Values + "'{}'::bigint[])";

    private const string KnownValues = Values + "o.reserved_school_ids)";

    /// <summary>The row's values; the reserved schools travel as an array literal, null when not given (completed by the two forms above).</summary>
    private const string Values =
        "u.title, u.description, u.sector_id, u.employer_id, u.remote_id, u.grades::grade[], u.weeks::date[], u.seats, u.status, " +
        "u.street, u.postal_code, u.city, u.country_code, u.commune_code, u.latitude, u.longitude, u.location_precision, " +
        "COALESCE(u.reserved_school_ids::bigint[], ";

    private static readonly string Excluded = string.Join(", ", Columns.Split(", ").Select(c => "EXCLUDED." + c));

    private const string Changed = $"""
        (o.title, o.description, o.sector_id, o.employer_id, o.remote_id, o.grades, o.weeks, o.seats, o.status,
         o.street, o.postal_code, o.city, o.country_code, o.commune_code, o.latitude, o.longitude, o.location_precision,
         o.reserved_school_ids) IS DISTINCT FROM ({KnownValues})
        """;

    /// <summary>
    /// Inserts the rows; a remote id the operator already has inserts nothing and returns nothing, or with
    /// <paramref name="updateExisting"/> updates that offer (<c>ON CONFLICT (operator_id, remote_id) DO UPDATE</c>).
    /// </summary>
    public static async Task<List<WrittenOffer>> InsertAsync(
        NpgsqlTransaction transaction, long? operatorId, IReadOnlyList<OfferWrite> rows, bool updateExisting, CancellationToken cancellationToken)
    {
        var onConflict = updateExisting ? $"DO UPDATE SET ({Columns}) = ROW({Excluded})" : "DO NOTHING";
        await using var command = transaction.Command(
            $"INSERT INTO offers (operator_id, {Columns}) SELECT $1::bigint, {NewValues} FROM {Unnest} AS u({Columns}) " +
            $"ON CONFLICT (operator_id, remote_id) {onConflict} RETURNING id, remote_id, (xmax = 0) AS inserted",
            [operatorId, .. Arrays(rows)]);
        var written = new List<WrittenOffer>(rows.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            written.Add(new WrittenOffer(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetBoolean(2)));
        }

        return written;
    }

    /// <summary>
    /// Replaces the fields of existing offers (ids in <paramref name="offerIds"/>, rows in the same order),
    /// leaving alone those whose values do not change (no write, no trigger); returns how many changed.
    /// </summary>
    public static Task<int> UpdateAsync(
        NpgsqlTransaction transaction, IReadOnlyList<long> offerIds, IReadOnlyList<OfferWrite> rows, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(
            $"UPDATE offers o SET ({Columns}) = ({KnownValues}) FROM {Unnest.Replace("unnest(", "unnest($1::bigint[], ", StringComparison.Ordinal)} " +
            $"AS u(id, {Columns}) WHERE o.id = u.id AND {Changed}",
            cancellationToken, [offerIds.ToArray(), .. Arrays(rows)]);

    /// <summary>Updates one offer's fields and, when <paramref name="reservedSchoolIds"/> is not null, its reservation (not its employer, remote id or status).</summary>
    public static Task<int> UpdateOneAsync(
        NpgsqlTransaction transaction, long offerId, ValidOffer offer, long[]? reservedSchoolIds, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(
            "UPDATE offers SET title = $2, description = $3, sector_id = $4, grades = $5, weeks = $6, seats = $7, street = $8, " +
            "postal_code = $9, city = $10, country_code = $11, commune_code = $12, latitude = $13, longitude = $14, location_precision = $15, " +
            "reserved_school_ids = COALESCE($16::bigint[], reserved_school_ids) WHERE id = $1",
            cancellationToken, offerId, offer.Title, offer.Description, offer.SectorId, offer.Grades, offer.Weeks, offer.Seats,
            offer.Street, offer.PostalCode, offer.City, offer.CountryCode, offer.CommuneCode, offer.Latitude, offer.Longitude, offer.LocationPrecision,
            reservedSchoolIds);

    /// <summary>The 18 column arrays, parameters $2 to $19.</summary>
    private static object[] Arrays(IReadOnlyList<OfferWrite> rows)
    {
        var offers = rows.Select(r => r.Offer).ToList();
        return
        [
            offers.Select(o => o.Title).ToArray(),
            offers.Select(o => o.Description).ToArray(),
            offers.Select(o => o.SectorId).ToArray(),
            rows.Select(r => r.EmployerId).ToArray(),
            rows.Select(r => r.RemoteId).ToArray(),
            offers.Select(o => "{" + string.Join(',', o.Grades.Select(g => g.ToString().ToLowerInvariant())) + "}").ToArray(),
            offers.Select(o => "{" + string.Join(',', o.Weeks.Select(w => w.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))) + "}").ToArray(),
            offers.Select(o => o.Seats).ToArray(),
            rows.Select(r => r.Status).ToArray(),
            offers.Select(o => o.Street).ToArray(),
            offers.Select(o => o.PostalCode).ToArray(),
            offers.Select(o => o.City).ToArray(),
            offers.Select(o => o.CountryCode).ToArray(),
            offers.Select(o => o.CommuneCode).ToArray(),
            offers.Select(o => o.Latitude).ToArray(),
            offers.Select(o => o.Longitude).ToArray(),
            offers.Select(o => o.LocationPrecision).ToArray(),
            rows.Select(r => r.ReservedSchoolIds is { } ids ? "{" + string.Join(',', ids) + "}" : null).ToArray(),
        ];
    }
}

/// <summary>One offer row to insert or update: validated fields, employer, remote id, status and reserved schools (null: not given).</summary>
public sealed record OfferWrite(ValidOffer Offer, long EmployerId, string? RemoteId, OfferStatus Status, long[]? ReservedSchoolIds = null);

/// <summary>An offer a batch wrote: its id, its remote id, and whether it was inserted (or updated).</summary>
public sealed record WrittenOffer(long Id, string? RemoteId, bool Inserted);
