using Stage.Api.Schools;

namespace Stage.Api.Offers.Search;

/// <summary>How many offers a search matches in all, and per sector, département and grade, largest first.</summary>
public sealed record OfferFacets(
    long Total,
    IReadOnlyList<FacetCount<Sector>> Sectors,
    IReadOnlyList<FacetCount<string>> Departments,
    IReadOnlyList<FacetCount<Grade>> Grades);
