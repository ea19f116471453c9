using Stage.Api.Offers;

namespace Stage.Api.Data.Seed;

/// <summary>
/// One host structure to create and what its offers need to know about it: its offers get the ids
/// <see cref="FirstOfferId"/> .. <see cref="FirstOfferId"/> + <see cref="OfferCount"/> - 1.
/// </summary>
internal sealed record EmployerPlan(
    long Id,
    string Name,
    HostKind Kind,
    int SectorId,
    string Workplace,
    int CityIndex,
    int OfferCount,
    long FirstOfferId,
    SeedOperator? Operator);
