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
    long? ReservedSchoolId,
    Grade[] Grades,
    DateOnly[] Weeks,
    int Seats,
    int SeatsTaken,
    OfferStatus Status,
    string Street,
    string? PostalCode,
    string City,
    string CountryCode,
    double Latitude,
    double Longitude,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
