namespace Stage.Api.Offers.Search;

/// <summary>A validated offer search: what to match, in which order, which page.</summary>
public sealed record OfferSearchRequest(
    IDictionary<string, object?>? Where,
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
