using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Paging;
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

    /// <summary>The caller, whom the offers' visibility rule shows only the reserved offers meant for them (anonymous by default).</summary>
    public OfferCaller Caller { get; init; } = OfferCaller.Anonymous;

    /// <summary>A signed-in pupil's view (own grade, hide applied), null for anyone else.</summary>
    public PupilView? Pupil { get; init; }

    /// <summary>
    /// Only offers with a week to come: their last Friday is after this day (the Friday of the week that has started).
    /// Null shows past offers too.
    /// </summary>
    public DateOnly? EndsAfter { get; init; }

    /// <summary>The columns the page's offers are read with: those the selection needs.</summary>
    public OfferColumns Columns { get; init; } = OfferColumns.All;

    /// <summary>
    /// Identifies the ordering a cursor belongs to: its keys, centre and search terms. A cursor made for
    /// another ordering would point nowhere meaningful, so it is refused.
    /// </summary>
    /// <summary>
    /// The conditions every statement of this search shares, translated on first use and then reused. Only the
    /// page (and its cursor) is ever changed on a copy, and the conditions do not depend on it.
    /// </summary>
    public OfferConditions Conditions => _conditions ??= OfferSearchSql.Conditions(this);

    public string OrderingFingerprint => _fingerprint ??= Fingerprint();

    private string? _fingerprint;

    /// <summary>The types of this ordering's sort values, as a cursor holds them.</summary>
    public IReadOnlyList<Type> SortValueTypes => [.. Order.Select(key => OfferSortValues.TypeOf(key.Field))];

    private string Fingerprint()
    {
        var text = "offers|" + string.Join('|', Order.Select(k => $"{k.Field}:{k.Direction}"))
            + string.Create(CultureInfo.InvariantCulture, $"|{Near?.Latitude:R},{Near?.Longitude:R}|{Search?.Words}");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }
}

/// <summary>
/// Which page: <paramref name="Size"/> rows after the cursor (forward, from <c>first/after</c>) or
/// before it (backward, from <c>last/before</c>); no cursor means from the start or the end.
/// </summary>
public sealed record OfferPageRequest(int Size, bool Backward, KeysetPosition? Cursor);

/// <summary>An offer found by a search, with its values of the search's sort keys (for its cursor).</summary>
public sealed record OfferHit(Offer Offer, IReadOnlyList<object> SortValues);

/// <summary>A search centre and radius.</summary>
public sealed record GeoCircle(double Latitude, double Longitude, double RadiusKm);

/// <summary>A SQL statement of an offer search with its parameters.</summary>
public sealed record OfferStatement(string Sql, SqlParameters Parameters);
