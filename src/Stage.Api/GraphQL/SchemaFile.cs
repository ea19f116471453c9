using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Stage.Api.GraphQL;

/// <summary>The public contract as SDL, as written to schema/stage.graphql.</summary>
public static class SchemaFile
{
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions
        {
            IncludeDescriptions = true,
            IncludeDeprecationReasons = true,
            StringComparison = StringComparison.Ordinal,
        });
        return sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
