using Npgsql;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Schools;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Management;

/// <summary>Reads and locks the offer a change is about, and checks the viewer owns it.</summary>
public static class CurrentOfferSql
{
    /// <summary>The offer, locked until the transaction ends; <c>FORBIDDEN</c> when it is missing or not the viewer's (alike).</summary>
    public static async Task<CurrentOffer> LockOwnedAsync(NpgsqlTransaction transaction, Viewer viewer, long offerId, CancellationToken cancellationToken)
    {
        await using var command = transaction.Command(
            "SELECT employer_id, operator_id, status, seats_taken, title, description, sector_id, grades, weeks, seats, " +
            "street, postal_code, city, country_code, latitude, longitude, commune_code, location_precision FROM offers WHERE id = $1 FOR UPDATE", offerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new ForbiddenError(OfferAccess.NotYours);
        }

        var employerId = reader.GetInt64(0);
        var operatorId = reader.IsDBNull(1) ? (long?)null : reader.GetInt64(1);
        if (!OfferAccess.Owns(viewer, employerId, operatorId))
        {
            throw new ForbiddenError(OfferAccess.NotYours);
        }

        // An offer placed at its commune's point has no coordinates of its own: a new address moves it to its new commune.
        var placedAtCommune = reader.GetFieldValue<LocationPrecision>(17) == LocationPrecision.Commune;
        var fields = new OfferFields(
            reader.GetString(4),
            reader.GetString(5),
            Sectors.ById(reader.GetInt32(6)).Code,
            reader.GetFieldValue<Grade[]>(7),
            [.. reader.GetFieldValue<DateOnly[]>(8).Select(IsoWeek.Format)],
            reader.GetInt32(9),
            new AddressFields(reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11), reader.GetString(12), reader.GetString(13),
                reader.IsDBNull(16) ? null : reader.GetString(16)),
            placedAtCommune ? null : reader.GetDouble(14),
            placedAtCommune ? null : reader.GetDouble(15));
        return new CurrentOffer(offerId, employerId, operatorId, reader.GetFieldValue<OfferStatus>(2), reader.GetInt32(3), fields);
    }
}

/// <summary>An offer as it stands, read (and locked) before a change: its owners, status, seats taken and fields.</summary>
public sealed record CurrentOffer(long Id, long EmployerId, long? OperatorId, OfferStatus Status, int SeatsTaken, OfferFields Fields);
