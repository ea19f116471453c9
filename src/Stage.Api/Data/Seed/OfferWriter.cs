using Npgsql;
using NpgsqlTypes;
using Stage.Api.Offers;
using Stage.Api.Schools;

namespace Stage.Api.Data.Seed;

/// <summary>The columns of one generated offer, as loaded by COPY (the database derives the others).</summary>
internal sealed record OfferRow(
    long Id,
    string Title,
    string Description,
    int SectorId,
    long EmployerId,
    long? OperatorId,
    string? RemoteId,
    long[] ReservedSchoolIds,
    Grade[] Grades,
    DateOnly[] Weeks,
    int Seats,
    int SeatsTaken,
    OfferStatus Status,
    string Street,
    string? PostalCode,
    string City,
    string CountryCode,
    string? CommuneCode,
    double Latitude,
    double Longitude,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>
/// Writes offers through binary COPY. Generated columns (dates, remaining seats, département, region,
/// location) and the search vector (set by a trigger) are left to the database.
/// </summary>
internal static class OfferWriter
{
    public const string Copy = """
        COPY offers (id, title, description, sector_id, employer_id, operator_id, remote_id, reserved_school_ids,
                     grades, weeks, seats, seats_taken, status, street, postal_code, city, country_code, commune_code,
                     latitude, longitude, created_at, updated_at)
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(NpgsqlBinaryImporter writer, OfferRow offer, CancellationToken cancellationToken)
    {
        await writer.StartRowAsync(cancellationToken);
        await writer.WriteAsync(offer.Id, NpgsqlDbType.Bigint, cancellationToken);
        await writer.WriteAsync(offer.Title, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(offer.Description, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(offer.SectorId, NpgsqlDbType.Integer, cancellationToken);
        await writer.WriteAsync(offer.EmployerId, NpgsqlDbType.Bigint, cancellationToken);
        await WriteNullableAsync(writer, offer.OperatorId, cancellationToken);
        await EmployerWriter.WriteNullableAsync(writer, offer.RemoteId, cancellationToken);
        await writer.WriteAsync(offer.ReservedSchoolIds, NpgsqlDbType.Array | NpgsqlDbType.Bigint, cancellationToken);
        await writer.WriteAsync(offer.Grades, "grade[]", cancellationToken);
        await writer.WriteAsync(offer.Weeks, NpgsqlDbType.Array | NpgsqlDbType.Date, cancellationToken);
        await writer.WriteAsync(offer.Seats, NpgsqlDbType.Integer, cancellationToken);
        await writer.WriteAsync(offer.SeatsTaken, NpgsqlDbType.Integer, cancellationToken);
        await writer.WriteAsync(offer.Status, "offer_status", cancellationToken);
        await writer.WriteAsync(offer.Street, NpgsqlDbType.Text, cancellationToken);
        await EmployerWriter.WriteNullableAsync(writer, offer.PostalCode, cancellationToken);
        await writer.WriteAsync(offer.City, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(offer.CountryCode, NpgsqlDbType.Text, cancellationToken);
        await EmployerWriter.WriteNullableAsync(writer, offer.CommuneCode, cancellationToken);
        await writer.WriteAsync(offer.Latitude, NpgsqlDbType.Double, cancellationToken);
        await writer.WriteAsync(offer.Longitude, NpgsqlDbType.Double, cancellationToken);
        await writer.WriteAsync(offer.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        await writer.WriteAsync(offer.UpdatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, long? value, CancellationToken cancellationToken) =>
        value is { } v ? writer.WriteAsync(v, NpgsqlDbType.Bigint, cancellationToken) : writer.WriteNullAsync(cancellationToken);
}
