using System.Text;

namespace Stage.Api.Tests.GraphQL.Hostile;

/// <summary>GraphQL documents built to hurt: deep, wide, aliased, cyclic, huge or plain wrong.</summary>
public static class HostileDocuments
{
    public static string Deep(int depth) =>
        string.Concat(Enumerable.Repeat("{ __schema { types { fields { type ", depth / 4 + 1)) + "{ name }" + new string('}', 4 * (depth / 4 + 1)) + " }";

    public static string DeepBraces(int depth) => string.Concat(Enumerable.Repeat("{ a ", depth)) + "{ b }" + new string('}', depth);

    public static string Wide(int fields) => "{ " + string.Concat(Enumerable.Repeat("sectors { code name } ", fields)) + "}";

    public static string AliasFlood(int aliases) =>
        "{ " + string.Join(" ", Enumerable.Range(0, aliases).Select(i => $"a{i}: offers(first: 100) {{ nodes {{ title }} }}")) + " }";

    public static string OverlappingAliases(int count) =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"x: sectors {{ code{(i % 2 == 0 ? "" : " name")} }}")) + " }";

    public static string FragmentCycle(int length) =>
        "{ ...F0 } " + string.Join(" ", Enumerable.Range(0, length).Select(i => $"fragment F{i} on Query {{ ...F{(i + 1) % length} }}"));

    /// <summary>Each fragment spreads the next one twice: 2^levels fields once expanded.</summary>
    public static string FragmentBomb(int levels) =>
        "{ ...B0 } " + string.Join(" ", Enumerable.Range(0, levels).Select(i => i == levels - 1
            ? $"fragment B{i} on Query {{ sectors {{ code }} }}"
            : $"fragment B{i} on Query {{ ...B{i + 1} ...B{i + 1} sectors {{ name }} }}"));

    public static string NestedPages(int first) =>
        $"{{ offers(first: {first}) {{ edges {{ node {{ employer {{ name }} sector {{ name }} }} }} nodes {{ title }} facets {{ sectors {{ count }} }} totalCount }} }}";

    public static string Garbage(Random random, int length)
    {
        const string alphabet = "{}()[]:$@!.,=\"'#\n\t abcXYZ_019query mutation fragment on ...\\u00e9";
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    public static readonly string[] WrongVariables =
    [
        """{"query":"query ($n: Int) { offers(first: $n) { totalCount } }","variables":{"n":"ten"}}""",
        """{"query":"query ($n: Int) { offers(first: $n) { totalCount } }","variables":{"n":1e40}}""",
        """{"query":"query ($n: Int) { offers(first: $n) { totalCount } }","variables":{"n":-5}}""",
        """{"query":"query ($n: Int) { offers(first: $n) { totalCount } }","variables":{"n":[1,2]}}""",
        """{"query":"query ($id: ID!) { node(id: $id) { id } }","variables":{"id":null}}""",
        """{"query":"query ($id: ID!) { node(id: $id) { id } }","variables":{"id":{"a":1}}}""",
        """{"query":"query ($id: ID!) { node(id: $id) { id } }","variables":{"id":"not-base64-%%%"}}""",
        """{"query":"query ($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":"x"}}""",
        """{"query":"query ($s: String) { offers(search: $s) { totalCount } }","variables":{"s":12}}""",
        """{"query":"query ($near: NearInput) { offers(near: $near) { totalCount } }","variables":{"near":{"latitude":"north","longitude":2}}}""",
        """{"query":"query ($near: NearInput) { offers(near: $near) { totalCount } }","variables":{"near":{"latitude":999,"longitude":2,"radiusKm":-1}}}""",
        """{"query":"query ($a: String) { offers(after: $a) { totalCount } }","variables":{"a":"forged-cursor"}}""",
        """{"query":"{ sectors { code } }","variables":"not an object"}""",
        """{"query":"{ sectors { code } }","variables":[]}""",
        """{"query":"{ sectors { code } }","extensions":7}""",
        """{"query":42}""",
        """{"query":"{ sectors { code } }","operationName":["a"]}""",
        """{"documentId":"sha256:zzz"}""",
        """{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"00"}}}""",
        """{"query":"mutation { applyToOffer(input: 5) { errors { message } } }"}""",
    ];
}
