using NetTopologySuite.Geometries;
using Npgsql;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search;

/// <summary>Reads the offer and employer columns of a search page, in the order <see cref="Columns"/> lists them.</summary>
public static class OfferRowReader
{
    public const string Columns =
        "o.id, o.title, o.description, o.sector_id, o.employer_id, o.operator_id, o.remote_id, o.reserved_school_ids, " +
        "o.grades, o.weeks, o.first_date, o.last_date, o.seats, o.seats_taken, o.remaining_seats, o.status, " +
        "o.street, o.postal_code, o.city, o.department_code, o.region_code, o.country_code, o.latitude, o.longitude, " +
        "o.created_at, o.updated_at, e.name, e.kind, e.description, e.website, e.siret, e.created_at, e.updated_at, " +
        "o.commune_code, o.location_precision";

    /// <summary>The ordinal of the first sort key value, which follow the columns.</summary>
    public const int FirstSortKey = 35;

    public static Offer Read(NpgsqlDataReader row)
    {
        var employer = new Employer
        {
            Id = row.GetInt64(4),
            Name = row.GetString(26),
            Kind = row.GetFieldValue<HostKind>(27),
            Description = NullableString(row, 28),
            Website = NullableString(row, 29),
            Siret = NullableString(row, 30),
            CreatedAt = row.GetFieldValue<DateTimeOffset>(31),
            UpdatedAt = row.GetFieldValue<DateTimeOffset>(32),
        };
        var latitude = row.GetDouble(22);
        var longitude = row.GetDouble(23);
        return new Offer
        {
            Id = row.GetInt64(0),
            Title = row.GetString(1),
            Description = row.GetString(2),
            SectorId = row.GetInt32(3),
            EmployerId = employer.Id,
            Employer = employer,
            OperatorId = row.IsDBNull(5) ? null : row.GetInt64(5),
            RemoteId = NullableString(row, 6),
            ReservedSchoolIds = row.GetFieldValue<long[]>(7),
            Grades = row.GetFieldValue<Grade[]>(8),
            Weeks = row.GetFieldValue<DateOnly[]>(9),
            FirstDate = row.GetFieldValue<DateOnly>(10),
            LastDate = row.GetFieldValue<DateOnly>(11),
            Seats = row.GetInt32(12),
            SeatsTaken = row.GetInt32(13),
            RemainingSeats = row.GetInt32(14),
            Status = row.GetFieldValue<OfferStatus>(15),
            Street = row.GetString(16),
            PostalCode = NullableString(row, 17),
            City = row.GetString(18),
            DepartmentCode = NullableString(row, 19),
            RegionCode = NullableString(row, 20),
            CountryCode = row.GetString(21),
            CommuneCode = NullableString(row, 33),
            LocationPrecision = row.GetFieldValue<LocationPrecision>(34),
            Latitude = latitude,
            Longitude = longitude,
            Location = new Point(longitude, latitude) { SRID = 4326 },
            CreatedAt = row.GetFieldValue<DateTimeOffset>(24),
            UpdatedAt = row.GetFieldValue<DateTimeOffset>(25),
        };
    }

    private static string? NullableString(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
