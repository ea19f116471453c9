using Stage.Api.Schools;

namespace Stage.Api.Offers.Management;

/// <summary>
/// An offer's fields once every rule holds, normalised as stored: trimmed texts, the sector's id,
/// distinct grades in order, the Mondays of distinct weeks in order, an upper-case country code.
/// </summary>
public sealed record ValidOffer(
    string Title,
    string Description,
    int SectorId,
    Grade[] Grades,
    DateOnly[] Weeks,
    int Seats,
    string Street,
    string? PostalCode,
    string City,
    string CountryCode,
    double Latitude,
    double Longitude);
