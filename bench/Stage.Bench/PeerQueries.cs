using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Schools;

namespace Stage.Bench;

/// <summary>
/// The documents the PostGraphile peer gets for each case, with the same parameters as Stage's: the plugins' own
/// <c>offers(filter:, orderBy:)</c> where they express Stage's semantics, (b) and (d), and the custom queries of
/// bench/peer/postgraphile_peer.sql for (a), (c) and (e). The same fields as Stage's requests but <c>distanceKm</c>:
/// PostGraphile 4 takes a computed column only from its table's schema, which the benchmark leaves to Stage.
/// </summary>
public static class PeerQueries
{
    private const string OfferFields = "id title city employer { name }";

    public const string Radius = $$"""
        query RadiusSearch($latitude: Float!, $longitude: Float!, $radiusKm: Float!, $sectorId: Int!, $grade: Grade!, $from: Date!, $to: Date!, $maxRows: Int!) {
          offersNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, sectorId: $sectorId, grade: $grade,
                     periodFrom: $from, periodTo: $to, maxRows: $maxRows, first: 20) {
            nodes { {{OfferFields}} }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string ByStartDate = $$"""
        query DateSearch($filter: OfferFilter!, $after: Cursor) {
          offers(first: 20, after: $after, filter: $filter, orderBy: [FIRST_DATE_ASC, ID_ASC]) {
            nodes { {{OfferFields}} }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string ById = $$"""
        query OfferById($id: BigInt!) {
          visibleOffer(id: $id) { {{OfferFields}} }
        }
        """;

    public const string FullText = $$"""
        query TextSearch($search: String!) {
          searchOffers(search: $search, first: 20) {
            totalCount
            nodes { {{OfferFields}} }
            pageInfo { hasNextPage endCursor }
          }
          searchOfferFacets(search: $search) { nodes { facet count } }
        }
        """;

    /// <summary>Case (a): Stage reads one row beyond the page to know whether a next page exists, so does the function.</summary>
    public static byte[] RadiusBody(SearchDraw draw) => Body(Radius, new JsonObject
    {
        ["latitude"] = draw.Town.Latitude,
        ["longitude"] = draw.Town.Longitude,
        ["radiusKm"] = SearchRequests.RadiusKm,
        ["sectorId"] = SectorId(draw),
        ["grade"] = GradeName(draw.Grade),
        ["from"] = Date(draw.From),
        ["to"] = Date(draw.To),
        ["maxRows"] = SearchRequests.PageSize + 1,
    });

    public static byte[] ByStartDateBody(SearchDraw draw, string? after) => Body(ByStartDate, new JsonObject
    {
        ["filter"] = Filter(draw),
        ["after"] = after,
    });

    public static byte[] ByIdBody(long id) => Body(ById, new JsonObject { ["id"] = id.ToString(CultureInfo.InvariantCulture) });

    public static byte[] FullTextBody(string text) => Body(FullText, new JsonObject { ["search"] = text });

    /// <summary>
    /// Stage's conditions for an anonymous search in the connection filter's terms: published, reserved to no school,
    /// seats left, the sector (by id: the peer has no sector codes), the grade as Stage writes it (exactly {SECONDE},
    /// or the grade and not {SECONDE}) and the period's overlap.
    /// </summary>
    private static JsonObject Filter(SearchDraw draw) => new()
    {
        ["status"] = new JsonObject { ["equalTo"] = "PUBLISHED" },
        ["reservedSchoolIds"] = new JsonObject { ["equalTo"] = new JsonArray() },
        ["remainingSeats"] = new JsonObject { ["greaterThan"] = 0 },
        ["sectorId"] = new JsonObject { ["equalTo"] = SectorId(draw) },
        ["grades"] = draw.Grade == Grade.Seconde
            ? new JsonObject { ["equalTo"] = new JsonArray("SECONDE") }
            : new JsonObject { ["overlaps"] = new JsonArray(GradeName(draw.Grade)), ["notEqualTo"] = new JsonArray("SECONDE") },
        ["firstDate"] = new JsonObject { ["lessThanOrEqualTo"] = Date(draw.To) },
        ["lastDate"] = new JsonObject { ["greaterThanOrEqualTo"] = Date(draw.From) },
    };

    private static int SectorId(SearchDraw draw) => Sectors.All.Single(s => s.Code == draw.SectorCode).Id;

    private static string GradeName(Grade grade) => grade.ToString().ToUpperInvariant();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static byte[] Body(string query, JsonObject variables) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString());
}

/// <summary>
/// What the two servers must agree on for one request: the offers' ids in order and, for the full-text case, the total
/// and the facets' counts (each facet's counts largest first; the Stage request asks no facet's key).
/// </summary>
public sealed record CaseAnswer(IReadOnlyList<long> Ids, string Counts)
{
    public override string ToString() => $"[{string.Join(", ", Ids)}]{(Counts.Length > 0 ? " " + Counts : "")}";

    public bool SameAs(CaseAnswer other) => Ids.SequenceEqual(other.Ids) && Counts == other.Counts;

    public static CaseAnswer FromStage(string key, JsonElement data)
    {
        if (key == "c")
        {
            var offer = data.GetProperty("offer");
            return new(offer.ValueKind == JsonValueKind.Null ? [] : [StageId(offer)], "");
        }

        var offers = data.GetProperty("offers");
        var ids = offers.GetProperty("nodes").EnumerateArray().Select(StageId).ToList();
        if (key != "e")
        {
            return new(ids, "");
        }

        var facets = offers.GetProperty("facets");
        return new(ids, CountLine(
            offers.GetProperty("totalCount").GetInt64(),
            ["sectors", "departments", "grades"],
            name => facets.GetProperty(name).EnumerateArray().Select(f => f.GetProperty("count").GetInt64())));
    }

    public static CaseAnswer FromPeer(string key, JsonElement data)
    {
        switch (key)
        {
            case "c":
                var offer = data.GetProperty("visibleOffer");
                return new(offer.ValueKind == JsonValueKind.Null ? [] : [PeerId(offer)], "");
            case "e":
                var search = data.GetProperty("searchOffers");
                var facets = data.GetProperty("searchOfferFacets").GetProperty("nodes").EnumerateArray()
                    .Select(f => (Facet: f.GetProperty("facet").GetString(), Count: long.Parse(f.GetProperty("count").GetString()!, CultureInfo.InvariantCulture)))
                    .ToList();
                return new(
                    [.. search.GetProperty("nodes").EnumerateArray().Select(PeerId)],
                    CountLine(
                        search.GetProperty("totalCount").GetInt64(),
                        ["sector", "department", "grade"],
                        name => facets.Where(f => f.Facet == name).Select(f => f.Count)));
            default:
                var root = key is "a" or "a-10k" ? "offersNear" : "offers";
                return new([.. data.GetProperty(root).GetProperty("nodes").EnumerateArray().Select(PeerId)], "");
        }
    }

    private static string CountLine(long total, string[] facets, Func<string, IEnumerable<long>> counts) =>
        $"total {total}; " + string.Join("; ", facets.Select((name, i) =>
            $"facet {i}: {string.Join(",", counts(name).OrderByDescending(c => c))}"));

    private static long StageId(JsonElement offer) =>
        GlobalId.TryDecode(offer.GetProperty("id").GetString(), out _, out var id) ? id : throw new FormatException($"Not a global id: {offer}.");

    /// <summary>PostGraphile sends a bigint as a string.</summary>
    private static long PeerId(JsonElement offer) => long.Parse(offer.GetProperty("id").GetString()!, CultureInfo.InvariantCulture);
}
