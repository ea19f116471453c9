using Stage.Api.Schools;

namespace Stage.Api.Offers.Management;

/// <summary>
/// An offer's fields as a client gives them, before validation: a new offer's, or an existing offer's
/// with a partial update laid over them. Null means missing.
/// </summary>
public sealed record OfferFields(
    string? Title,
    string? Description,
    string? SectorCode,
    IReadOnlyList<Grade>? Grades,
    IReadOnlyList<string>? Weeks,
    int? Seats,
    AddressFields? Address,
    double? Latitude,
    double? Longitude);
