using System.Text;

namespace Stage.Api.Tests.GraphQL.Hostile;

/// <summary>Bad requests of every kind, generated from a fixed seed so that a failure can be replayed.</summary>
public static class HostileRequests
{
    /// <summary>One request: its kind (for the report) and a factory, since a request message is sent once.</summary>
    public sealed record Hostile(string Kind, Func<HttpRequestMessage> Create);

    public static IEnumerable<Hostile> Generate(int seed, int rounds)
    {
        var random = new Random(seed);
        for (var round = 0; round < rounds; round++)
        {
            var n = random.Next(1, 400);
            yield return Raw("malformed JSON", Truncate("""{"query":"{ sectors { code } }","variables":{"a":[1,2,3]}}""", random));
            yield return Raw("malformed JSON", Encoding.UTF8.GetBytes(HostileDocuments.Garbage(random, n)));
            yield return Raw("wrong types", Encoding.UTF8.GetBytes(HostileDocuments.WrongVariables[round % HostileDocuments.WrongVariables.Length]));
            yield return Query("huge string", "query ($s: String) { offers(search: $s) { totalCount } }", new string('é', 50_000 + n));
            yield return Query("huge string", "{ offers(search: \"" + new string('a', 15_000 + n) + "\") { totalCount } }");
            yield return Query("deep", HostileDocuments.Deep(16 + n));
            yield return Query("deep", HostileDocuments.DeepBraces(50 + n));
            yield return Query("wide", HostileDocuments.Wide(n * 10));
            yield return Query("aliases", HostileDocuments.AliasFlood(25 + (n % 200)));
            yield return Query("aliases", HostileDocuments.OverlappingAliases(2 + n));
            yield return Query("fragment cycle", HostileDocuments.FragmentCycle(1 + (n % 50)));
            yield return Query("fragment bomb", HostileDocuments.FragmentBomb(5 + (n % 40)));
            yield return Query("cost", HostileDocuments.NestedPages(n * 50));
            yield return Query("garbage document", HostileDocuments.Garbage(random, n * 10));
            yield return Raw("invalid UTF-8", InvalidUtf8(random));
            yield return Raw("unknown operation", Encoding.UTF8.GetBytes("""{"query":"query A { sectors { code } } query B { __typename }","operationName":"C"}"""));
            yield return Raw("unknown operation", Encoding.UTF8.GetBytes("""{"query":"query A { sectors { code } } query B { __typename }"}"""));
            // Over the batch size (10 by default): refused whole. Batches within it run and are charged like the requests they hold.
            yield return Raw("batch", Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("""{"query":"{ sectors { code } }"}""", 11 + (n % 50))) + "]"));
            yield return Raw("oversized body", Encoding.UTF8.GetBytes("{\"query\":\"{ sectors { code } }\",\"variables\":{\"x\":\"" + new string('x', 1_100_000 + n) + "\"}}"));
            yield return new Hostile("bad GET", () => new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(HostileDocuments.Garbage(random, 200)) + "&variables=%7B%22a%22&extensions=%5B"));
        }
    }

    private static Hostile Query(string kind, string query, string? search = null) =>
        new(kind, () => Post(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(search is null
            ? new { query } as object
            : new { query, variables = new { s = search } }))));

    private static Hostile Raw(string kind, byte[] body) => new(kind, () => Post(body));

    private static HttpRequestMessage Post(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return request;
    }

    private static byte[] Truncate(string json, Random random) => Encoding.UTF8.GetBytes(json[..random.Next(1, json.Length - 1)]);

    private static byte[] InvalidUtf8(Random random)
    {
        var prefix = Encoding.UTF8.GetBytes("""{"query":"{ sectors { code""");
        byte[] bad = [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, 0xF8];
        var suffix = Encoding.UTF8.GetBytes(""" } }"}""");
        return [.. prefix, .. bad.Take(random.Next(1, bad.Length + 1)), .. suffix];
    }
}
