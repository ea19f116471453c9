using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Offers.Search;
using Stage.Api.Schools;

namespace Stage.Bench;

/// <summary>The documents each case posts, and their JSON bodies (built once, before any timing).</summary>
public static class GraphQLQueries
{
    private const string OfferFields = "id title distanceKm employer { name } address { city }";
    private const string ByIdFields = "id title employer { name } address { city }";

    /// <summary>The columns the API reads for the offers of a search page, from the fields the documents ask for.</summary>
    public static readonly OfferColumns PageColumns = Columns(OfferFields);

    /// <summary>What the portal widget shows of an offer (embed/src/operations.graphql, <c>SearchOffers</c>).</summary>
    private const string WidgetFields =
        "id title firstDate lastDate remainingSeats distanceKm grades employer { name } address { city postalCode departmentCode } sector { code name }";

    /// <summary>The columns the API reads for the offers of the widget's page.</summary>
    public static readonly OfferColumns WidgetColumns = Columns(WidgetFields);

    /// <summary>The columns the API reads for <c>offer(id)</c>.</summary>
    public static readonly OfferColumns ByIdColumns = Columns(ByIdFields);

    public const string Radius = $$"""
        query RadiusSearch($near: NearInput!, $where: OfferFilterInput!) {
          offers(first: 20, near: $near, where: $where) {
            nodes { {{OfferFields}} }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string ByStartDate = $$"""
        query DateSearch($where: OfferFilterInput!, $after: String) {
          offers(first: 20, after: $after, where: $where, order: [{startDate: ASC}]) {
            nodes { {{OfferFields}} }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string ById = $$"""
        query OfferById($id: ID!) {
          offer(id: $id) { {{ByIdFields}} }
        }
        """;

    public const string FullText = $$"""
        query TextSearch($search: String!) {
          offers(first: 20, search: $search) {
            totalCount
            facets { sectors { count } departments { count } grades { count } }
            nodes { {{OfferFields}} }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    /// <summary>The portal widget's search around a town (the default radius), with its total and facets, as it sends it.</summary>
    public const string Widget = $$"""
        query WidgetSearch($near: NearInput!) {
          offers(first: 20, near: $near) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { {{WidgetFields}} }
            facets { sectors { count sector { code name } } departments { code name count } }
          }
        }
        """;

    public const string Places = """
        query PlaceSearch($search: String!) {
          places(search: $search, first: 10) { id kind code name postalCodes department { code } point { latitude longitude } }
        }
        """;

    public static byte[] PlacesBody(string text) => Body(Places, new JsonObject { ["search"] = text });

    public static byte[] RadiusBody(SearchDraw draw) => Body(Radius, new JsonObject
    {
        ["near"] = new JsonObject
        {
            ["latitude"] = draw.Town.Latitude,
            ["longitude"] = draw.Town.Longitude,
            ["radiusKm"] = SearchRequests.RadiusKm,
        },
        ["where"] = Where(draw),
    });

    public static byte[] WidgetBody(SearchDraw draw) => Body(Widget, new JsonObject
    {
        ["near"] = new JsonObject { ["latitude"] = draw.Town.Latitude, ["longitude"] = draw.Town.Longitude },
    });

    public static byte[] ByStartDateBody(SearchDraw draw, string? after = null) => Body(ByStartDate, new JsonObject
    {
        ["where"] = Where(draw),
        ["after"] = after,
    });

    public static byte[] ByIdBody(long id) => Body(ById, new JsonObject { ["id"] = GlobalId.Encode(OfferType.TypeName, id) });

    public static byte[] FullTextBody(string text) => Body(FullText, new JsonObject { ["search"] = text });

    /// <summary>The <c>where</c> variable, fields in the same order as <see cref="SearchRequests.Filter"/>.</summary>
    private static JsonObject Where(SearchDraw draw) => new()
    {
        ["sectorCode"] = new JsonObject { ["eq"] = draw.SectorCode },
        ["grades"] = new JsonObject { ["some"] = new JsonObject { ["eq"] = GradeName(draw.Grade) } },
        ["period"] = new JsonObject
        {
            ["overlaps"] = new JsonObject { ["from"] = Date(draw.From), ["to"] = Date(draw.To) },
        },
    };

    private static string GradeName(Grade grade) => grade.ToString().ToUpperInvariant();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static OfferColumns Columns(string fields)
    {
        var document = GraphQLParser.Parser.Parse("{ " + fields + " }");
        return OfferColumns.Of([((GraphQLParser.AST.GraphQLOperationDefinition)document.Definitions[0]).SelectionSet], document);
    }

    private static byte[] Body(string query, JsonObject variables) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString());
}
