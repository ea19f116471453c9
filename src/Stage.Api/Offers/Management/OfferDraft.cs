using Stage.Api.Schools;

namespace Stage.Api.Offers.Management;

/// <summary>
/// Everything a client gives to create (or upsert) an offer: its fields, its employer (operators),
/// its remote id (operators), whether to publish it (null: new offers stay unpublished, existing keep their status)
/// and the UAI codes of the schools it is reserved to (null: a new offer is open to all, an existing one keeps its schools).
/// </summary>
public sealed record OfferDraft(OfferFields Fields, EmployerReference Employer, string? RemoteId, bool? Publish)
{
    public IReadOnlyList<string>? ReservedToSchools { get; init; }
}

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

/// <summary>An offer's address as a client gives it; the country defaults to France; the commune is an INSEE code.</summary>
public sealed record AddressFields(string? Street, string? PostalCode, string? City, string? CountryCode = "FR", string? CommuneCode = null);

/// <summary>
/// Which employer an operator's offer is for: one of the operator's employers by id (<c>employerId</c>),
/// or details (<c>newEmployer</c>) matched against the operator's employers or created. Employer
/// members give neither: their offers are their employer's.
/// </summary>
public sealed record EmployerReference(string? EmployerId, EmployerDraft? NewEmployer)
{
    public static EmployerReference None { get; } = new(null, null);

    public bool IsEmpty => EmployerId is null && NewEmployer is null;
}

/// <summary>A host structure's details, as an operator gives them for an offer's new (or matching) employer.</summary>
public sealed record EmployerDraft(string? Name, HostKind? Kind, string? Description, string? Website, string? Siret);
