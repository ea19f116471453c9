using Stage.Api.Data.Sql;
using Stage.Api.Kit.Filtering;

namespace Stage.Api.Offers.Search;

/// <summary>A validated offer search: what to match, in which order, which page.</summary>
public sealed record OfferSearchRequest(
    FilterNode? Where,
    IReadOnlyList<OfferSortKey> Order,
    GeoCircle? Near,
    FullTextQuery? Search,
    OfferPageRequest Page)
{
    private OfferConditions? _conditions;

    /// <summary>The territory of the caller's API key, which every search is limited to whatever it asks; null for none.</summary>
    public OfferTerritory? Territory { get; init; }

    /// <summary>
    /// Identifies the ordering a cursor belongs to: its keys, centre and search terms. A cursor made for
    /// another ordering would point nowhere meaningful, so it is refused.
    /// </summary>
    /// <summary>
    /// The conditions every statement of this search shares, translated on first use and then reused. Only the
    /// page (and its cursor) is ever changed on a copy, and the conditions do not depend on it.
    /// </summary>
    public OfferConditions Conditions => _conditions ??= OfferSearchSql.Conditions(this);

    public string OrderingFingerprint => OfferCursorCodec.Fingerprint(this);
}

/// <summary>
/// Which page: <paramref name="Size"/> rows after the cursor (forward, from <c>first/after</c>) or
/// before it (backward, from <c>last/before</c>); no cursor means from the start or the end.
/// </summary>
public sealed record OfferPageRequest(int Size, bool Backward, OfferCursor? Cursor);

/// <summary>A position in an ordering: the sort key values of a row, then its id (the final tiebreaker).</summary>
public sealed record OfferCursor(IReadOnlyList<object> Values, long Id);

/// <summary>An offer found by a search, with its values of the search's sort keys (for its cursor).</summary>
public sealed record OfferHit(Offer Offer, IReadOnlyList<object> SortValues);

/// <summary>A search centre and radius.</summary>
public sealed record GeoCircle(double Latitude, double Longitude, double RadiusKm);

/// <summary>A SQL statement of an offer search with its parameters.</summary>
public sealed record OfferStatement(string Sql, SqlParameters Parameters);
