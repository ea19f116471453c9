using System.Text.Json;
using Stage.Api.Kit.Relay;

namespace Stage.Bench;

/// <summary>
/// Checks that the floor does the API's work: for the first parameter sets of a case, the offers the
/// API returns are the offers the floor's (first) statement returns, in the same order where it is defined.
/// </summary>
public static class ConsistencyCheck
{
    private const int Samples = 3;

    /// <summary>Returns one message per disagreement (none when all agree).</summary>
    public static async Task<List<string>> RunAsync(BenchCase benchCase, GraphQLHttp http, SqlFloor floor, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (!benchCase.HasFloor)
        {
            return problems;
        }

        for (var i = 0; i < Math.Min(Samples, benchCase.Count); i++)
        {
            var data = await http.QueryAsync(benchCase.Body(i), cancellationToken);
            var api = ApiIds(data, benchCase.Shape);
            // The full-text case's statement returns its facet counts after the page, without an id.
            var sql = (await floor.ReadAsync(benchCase.StatementsFor(i)[0], r => r.IsDBNull(0) ? (long?)null : r.GetInt64(0), cancellationToken, benchCase.NearestNeighbour))
                .OfType<long>().Take(SearchRequests.PageSize).ToList();
            if (benchCase.Shape == ResultShape.UnorderedPage)
            {
                api.Sort();
                sql.Sort();
            }

            if (!api.SequenceEqual(sql))
            {
                problems.Add($"case ({benchCase.Key}) parameter set {i}: the API returned [{string.Join(", ", api)}], the SQL [{string.Join(", ", sql)}]");
            }
        }

        return problems;
    }

    private static List<long> ApiIds(JsonElement data, ResultShape shape)
    {
        if (shape == ResultShape.SingleOffer)
        {
            var offer = data.GetProperty("offer");
            return offer.ValueKind == JsonValueKind.Null ? [] : [Decode(offer.GetProperty("id").GetString())];
        }

        return [.. data.GetProperty("offers").GetProperty("nodes").EnumerateArray().Select(n => Decode(n.GetProperty("id").GetString()))];
    }

    private static long Decode(string? globalId) =>
        GlobalId.TryDecode(globalId, out _, out var id) ? id : throw new FormatException($"Not a global id: '{globalId}'.");
}
