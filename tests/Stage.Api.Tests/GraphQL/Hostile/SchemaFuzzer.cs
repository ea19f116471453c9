using System.Text;
using GraphQL.Types;

namespace Stage.Api.Tests.GraphQL.Hostile;

/// <summary>
/// Generates GraphQL requests from the schema itself: every root field, its arguments filled with values that are
/// valid, at the boundaries or hostile (NUL, unpaired surrogates, huge numbers, wrong types, long strings, deep
/// nesting), and a selection of the returned type's fields. Deterministic for a seed.
/// </summary>
public sealed class SchemaFuzzer(ISchema schema, int seed)
{
    private const int MaxInputDepth = 4;
    private readonly Random _random = new(seed);

    /// <summary>A request body: the document and, sometimes, variables carrying the hostile values JSON can hold.</summary>
    public sealed record FuzzRequest(string Field, string Body);

    public IEnumerable<FuzzRequest> Generate(int count)
    {
        var roots = new List<(string Operation, IComplexGraphType Type, FieldType Field)>();
        foreach (var (operation, type) in new (string, IComplexGraphType?)[] { ("query", schema.Query), ("mutation", schema.Mutation) })
        {
            roots.AddRange(type?.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).Select(f => (operation, type!, f)) ?? []);
        }

        for (var i = 0; i < count; i++)
        {
            var (operation, _, field) = roots[i % roots.Count];
            yield return _random.Next(4) == 0 ? WithVariable(operation, field) : WithLiterals(operation, field);
        }
    }

    private FuzzRequest WithLiterals(string operation, FieldType field)
    {
        var arguments = field.Arguments?.Where(_ => _random.Next(3) > 0).Select(a => $"{a.Name}: {Literal(a.ResolvedType!, 0)}").ToList() ?? [];
        var call = arguments.Count == 0 ? field.Name : $"{field.Name}({string.Join(", ", arguments)})";
        var document = $"{operation} {{ {call}{Selection(field.ResolvedType!, 0)} }}";
        return new FuzzRequest(field.Name, Json(document, null));
    }

    /// <summary>One argument as a variable of a string-ish scalar, with a value JSON carries but text should not.</summary>
    private FuzzRequest WithVariable(string operation, FieldType field)
    {
        var textArgument = field.Arguments?.FirstOrDefault(a => Named(a.ResolvedType!) is StringGraphType or IdGraphType);
        if (textArgument is null)
        {
            return WithLiterals(operation, field);
        }

        var typeName = Print(textArgument.ResolvedType!);
        var document = $"{operation} ($v: {typeName}) {{ {field.Name}({textArgument.Name}: $v){Selection(field.ResolvedType!, 0)} }}";
        string[] hostile = ["\"\\u0000\"", "\"\\ud800\"", "\"a\\udc00\"", "12345678901234567890", "true", "[\"x\"]", "{\"a\":1}",
            "\"" + new string('x', 100_000) + "\"", "\"🎓 é\"", "null", "\"\""];
        return new FuzzRequest(field.Name, Json(document, "{\"v\":" + hostile[_random.Next(hostile.Length)] + "}"));
    }

    private string Literal(IGraphType type, int depth)
    {
        if (type is NonNullGraphType nonNull)
        {
            return Literal(nonNull.ResolvedType!, depth);
        }

        if (type is ListGraphType list)
        {
            // A long list only at the top, so that a request stays under the body limit (1 MiB) and reaches the executor.
            return _random.Next(6) switch
            {
                0 => "[]",
                1 when depth == 0 => "[" + string.Join(", ", Enumerable.Range(0, 150).Select(_ => Literal(list.ResolvedType!, MaxInputDepth - 1))) + "]",
                2 => Literal(list.ResolvedType!, depth + 1), // a single value where a list goes
                _ => "[" + string.Join(", ", Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Literal(list.ResolvedType!, depth + 1))) + "]",
            };
        }

        if (_random.Next(25) == 0)
        {
            return WrongType();
        }

        return type switch
        {
            EnumerationGraphType enumeration => _random.Next(8) == 0 ? "NOT_A_VALUE" : enumeration.Values.ElementAt(_random.Next(enumeration.Values.Count)).Name,
            IInputObjectGraphType input => InputObject(input, depth),
            IntGraphType => Pick("0", "1", "-1", "20", "100", "101", "2147483647", "-2147483648", "2147483648", "99999999999999999999"),
            FloatGraphType => Pick("0", "45.76", "4.83", "-90.5", "180.1", "1e308", "-1e308", "0.000001", "1e400"),
            BooleanGraphType => Pick("true", "false"),
            IdGraphType => Pick("\"T2ZmZXI6MQ==\"", "\"T2ZmZXI6LTE=\"", "\"not an id\"", "\"\"", "\"QXBwbGljYXRpb246OTk5OTk5OTk5OQ==\"", "1", "\"\\u0000\""),
            ScalarGraphType scalar when scalar.Name == "Date" => Pick("\"2026-06-15\"", "\"2026-02-30\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"yesterday\""),
            ScalarGraphType scalar when scalar.Name == "DateTime" => Pick("\"2026-06-15T08:30:00+02:00\"", "\"2026-13-01T00:00:00Z\"", "\"0001-01-01T00:00:00Z\"", "\"now\""),
            _ => Text(),
        };
    }

    private string InputObject(IInputObjectGraphType input, int depth)
    {
        if (depth >= MaxInputDepth)
        {
            return "{}";
        }

        var fields = input.Fields.Where(f => f.ResolvedType is NonNullGraphType || _random.Next(3) == 0)
            .Select(f => $"{f.Name}: {Literal(f.ResolvedType!, depth + 1)}");
        return "{ " + string.Join(", ", fields) + " }";
    }

    private string Text() => _random.Next(12) switch
    {
        0 => "\"" + new string('é', 2_000) + "\"",
        1 => "\"a\\u0000b\"",
        2 => "\"\"",
        3 => "\"   \"",
        4 => "\"%_\\\\'; DROP TABLE offers; --\"",
        5 => "\"🎓🏫 élève\"",
        6 => "\"2026-W25\"",
        7 => "\"75\"",
        8 => "\"s28\"",
        9 => "\"https://a.example\"",
        10 => "\"" + string.Concat(Enumerable.Repeat("ab ", 400)) + "\"",
        _ => "\"boulangerie\"",
    };

    private string WrongType() => Pick("\"text\"", "42", "4.2", "true", "null", "[1, 2]", "{ a: 1 }", "ENUM_VALUE");

    private string Selection(IGraphType type, int depth)
    {
        var named = Named(type);
        if (named is ScalarGraphType or EnumerationGraphType)
        {
            return "";
        }

        if (depth >= 2 || named is not IComplexGraphType complex)
        {
            return " { __typename }";
        }

        var fields = complex.Fields.Where(f => f.Arguments is null or { Count: 0 } || f.Arguments.All(a => a.ResolvedType is not NonNullGraphType))
            .Where(_ => _random.Next(3) == 0).Take(6)
            .Select(f => f.Name + Selection(f.ResolvedType!, depth + 1));
        var union = named is UnionGraphType or IInterfaceGraphType ? " ... on Error { message }" : "";
        return " { __typename " + string.Join(" ", fields) + union + " }";
    }

    private static IGraphType Named(IGraphType type) => type is IProvideResolvedType wrapper ? Named(wrapper.ResolvedType!) : type;

    private static string Print(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Print(nonNull.ResolvedType!) + "!",
        ListGraphType list => "[" + Print(list.ResolvedType!) + "]",
        _ => type.Name,
    };

    private string Pick(params string[] values) => values[_random.Next(values.Length)];

    private static string Json(string document, string? variables)
    {
        var body = new StringBuilder("{\"query\":");
        body.Append(System.Text.Json.JsonSerializer.Serialize(document));
        if (variables is not null)
        {
            body.Append(",\"variables\":").Append(variables);
        }

        return body.Append('}').ToString();
    }
}
