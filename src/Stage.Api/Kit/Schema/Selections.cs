using GraphQLParser.AST;

namespace Stage.Api.Kit.Schema;

/// <summary>
/// What a document may ask for below a field, read from its syntax tree: inline fragments and fragment spreads are
/// expanded whatever their type condition or directives (<c>@skip</c>, <c>@include</c>), so the answer is a superset of
/// what an execution selects and stays true for every variable value. It is computed once per cached document.
/// </summary>
public static class Selections
{
    /// <summary>The fields of <paramref name="set"/>, fragments expanded (each fragment once).</summary>
    public static IEnumerable<GraphQLField> FieldsOf(GraphQLSelectionSet? set, GraphQLDocument document)
    {
        var fields = new List<GraphQLField>();
        Collect(set, document, fields, []);
        return fields;
    }

    /// <summary>The selection sets reached from <paramref name="set"/> along the field names of <paramref name="path"/>.</summary>
    public static IEnumerable<GraphQLSelectionSet> Under(GraphQLSelectionSet? set, GraphQLDocument document, params string[] path)
    {
        IEnumerable<GraphQLSelectionSet> sets = set is null ? [] : [set];
        foreach (var name in path)
        {
            sets = [.. sets.SelectMany(s => FieldsOf(s, document))
                .Where(f => f.Name.StringValue == name && f.SelectionSet is not null)
                .Select(f => f.SelectionSet!)];
        }

        return sets;
    }

    private static void Collect(GraphQLSelectionSet? set, GraphQLDocument document, List<GraphQLField> fields, HashSet<string> fragments)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields.Add(field);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, document, fields, fragments);
                    break;
                case GraphQLFragmentSpread spread when fragments.Add(spread.FragmentName.Name.StringValue):
                    var definition = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name);
                    Collect(definition?.SelectionSet, document, fields, fragments);
                    break;
            }
        }
    }
}
