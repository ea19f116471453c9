using Stage.Api.Schools;

namespace Stage.Api.Offers.Management;

/// <summary>
/// An offer's fields once every rule holds, normalised as stored: trimmed texts, the sector's id,
/// distinct grades in order, the Mondays of distinct weeks in order, an upper-case country code,
/// the address's commune when known, and the location (given, or the commune's point).
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
    string? CommuneCode,
    double Latitude,
    double Longitude,
    LocationPrecision LocationPrecision);

/// <summary>An <see cref="OfferDraft"/> whose every rule holds; the reservation's UAI codes are well formed, not yet found.</summary>
public sealed record ValidOfferDraft(ValidOffer Offer, ValidEmployerReference Employer, string? RemoteId, bool? Publish, string[]? ReservedUais);

/// <summary>A validated employer reference: an employer's database id, or validated details; both null for employer members.</summary>
public sealed record ValidEmployerReference(long? EmployerId, ValidEmployer? NewEmployer);

/// <summary>Validated employer details: trimmed, the SIRET as 14 digits.</summary>
public sealed record ValidEmployer(string Name, HostKind Kind, string? Description, string? Website, string? Siret)
{
    /// <summary>How an operator's employers are matched: by SIRET when given, else by name (any case) and kind.</summary>
    public string MatchKey => Siret is not null ? "siret:" + Siret : $"name:{Kind}:{Name.ToUpperInvariant()}";
}
